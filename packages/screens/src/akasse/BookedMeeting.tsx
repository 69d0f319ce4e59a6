import { useId } from "react";
import type { JointMember, MeetingRecord } from "@kontaktplan/schema";
import type { Report } from "./outcome.js";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { CancelForm } from "./CancelForm.js";
import { IcsLink } from "./IcsLink.js";
import { RescheduleForm } from "./RescheduleForm.js";
import { bookableWindow, obligationsServedBy } from "./windows.js";

interface BookedMeetingProps {
  member: JointMember;
  meeting: MeetingRecord;
  report: Report;
}

/** A booked fællessamtale: when it is, the calendar file, and moving or cancelling it. */
export function BookedMeeting({ member, meeting, report }: BookedMeetingProps) {
  const id = useId();
  const window = bookableWindow(obligationsServedBy(member, meeting.id), member.end, member.asOf);
  return (
    <div className="booked">
      <p className="booked__when">
        Booket: <strong>{formatDanishDateTime(meeting.date, meeting.time)}</strong>
      </p>
      <p>
        <IcsLink meeting={meeting} />
      </p>
      <section aria-labelledby={`${id}-move`}>
        <h3 id={`${id}-move`}>Flyt til en anden tid</h3>
        <RescheduleForm meeting={meeting} window={window} report={report} />
      </section>
      <section aria-labelledby={`${id}-cancel`}>
        <h3 id={`${id}-cancel`}>Aflys</h3>
        <CancelForm meeting={meeting} report={report} />
      </section>
    </div>
  );
}
