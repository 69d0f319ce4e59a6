import type { JointDueRow, JointMember } from "@kontaktplan/schema";
import type { Report } from "./outcome.js";
import { BookedMeeting } from "./BookedMeeting.js";
import { BookSlotForm } from "./BookSlotForm.js";
import { ProposeForm } from "./ProposeForm.js";
import { bookableWindow, canBook } from "./windows.js";

interface ObligationActionsProps {
  member: JointMember;
  obligation: JointDueRow;
  report: Report;
}

/** What the a-kasse can do for this deadline now: manage the booking, or book or propose a time. */
export function ObligationActions({ member, obligation, report }: ObligationActionsProps) {
  if (obligation.planned.length > 0) {
    return (
      <>
        {obligation.planned.map((meeting) => (
          <BookedMeeting key={meeting.id} member={member} meeting={meeting} report={report} />
        ))}
      </>
    );
  }
  if (obligation.status === "met") return <p>Fællessamtalen for denne frist er holdt, så der skal ikke bookes flere.</p>;
  const window = canBook(obligation) ? bookableWindow([obligation], member.end, member.asOf) : null;
  if (window === null) return <p>Vinduet for denne fællessamtale er udløbet, så der kan ikke bookes en tid i det.</p>;
  return (
    <>
      <BookSlotForm obligation={obligation} window={window} report={report} />
      <ProposeForm obligation={obligation} window={window} report={report} />
    </>
  );
}
