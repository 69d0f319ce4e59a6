import type { JointDueRow, JointMember, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { bookingHref } from "../route.js";
import type { Report } from "./outcome.js";
import { BookedMeeting } from "./BookedMeeting.js";
import { BookSlotForm } from "./BookSlotForm.js";
import { ProposeForm } from "./ProposeForm.js";
import { bookedFor, cancelledFor, deadlineOf, needsArranging, pendingProposalFor } from "./deadlines.js";
import { IcsLink } from "./IcsLink.js";
import { bookableWindow, canBook } from "./windows.js";

interface ObligationActionsProps {
  member: JointMember;
  obligation: JointDueRow;
  report: Report;
}

/**
 * What the a-kasse can do for this deadline now: manage the fællessamtaler booked for it, see the
 * ones that count toward it, and book or propose a time while they do not cover it.
 */
export function ObligationActions({ member, obligation, report }: ObligationActionsProps) {
  const booked = bookedFor(member, obligation);
  const others = obligation.planned.filter((m) => !booked.some((b) => b.id === m.id));
  return (
    <>
      {booked.map((meeting) => (
        <BookedMeeting key={meeting.id} member={member} meeting={meeting} report={report} />
      ))}
      {others.map((meeting) => (
        <CountingMeeting key={meeting.id} member={member} meeting={meeting} report={report} />
      ))}
      {booked.length === 0 || needsArranging(obligation) ? <NextStep member={member} obligation={obligation} report={report} /> : null}
      {cancelledFor(member, obligation).map((meeting) => (
        <p key={meeting.id}>
          Aflyst: fællessamtalen {formatDanishDateTime(meeting.date, meeting.time)}.{" "}
          <IcsLink meeting={meeting} label={`Hent aflysningen af ${formatDanishDateTime(meeting.date, meeting.time)} til din kalender (.ics)`} />
        </p>
      ))}
    </>
  );
}

/**
 * A planned fællessamtale in this deadline's window that was not booked for it. Booked for another
 * deadline, it is managed there; planned by the jobcentre (or booked before deadlines were
 * recorded), it is managed here.
 */
function CountingMeeting({ member, meeting, report }: { member: JointMember; meeting: MeetingRecord; report: Report }) {
  const deadline = deadlineOf(member, meeting.id);
  if (deadline === null) return <BookedMeeting member={member} meeting={meeting} report={report} />;
  return (
    <p>
      Fællessamtalen {formatDanishDateTime(meeting.date, meeting.time)} er booket til fristen{" "}
      <a href={bookingHref(member.forloebId, deadline.rule, deadline.occurrence)}>{JOINT_RULE_LABEL[deadline.rule].toLowerCase()}</a> og tæller også med her.
    </p>
  );
}

function NextStep({ member, obligation, report }: ObligationActionsProps) {
  if (obligation.status === "met") return <p>Fællessamtalen for denne frist er holdt, så der skal ikke bookes flere.</p>;
  if (!needsArranging(obligation)) return <p>De planlagte fællessamtaler ovenfor dækker denne frist, så der skal ikke bookes flere.</p>;
  const window = canBook(obligation) ? bookableWindow([obligation], member.end, member.asOf) : null;
  if (window === null) return <p>Vinduet for denne fællessamtale er udløbet, så der kan ikke bookes en tid i det.</p>;
  const pending = pendingProposalFor(member, obligation);
  return (
    <>
      <BookSlotForm obligation={obligation} window={window} withdrawsProposal={pending !== null} report={report} />
      {pending ? (
        <p>
          Der er sendt et forslag til denne frist, som jobcentret endnu ikke har svaret på (se forslagene herunder). Træk det tilbage, hvis du vil foreslå andre
          tider.
        </p>
      ) : (
        <ProposeForm obligation={obligation} window={window} report={report} />
      )}
    </>
  );
}
