import type { JointMember } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import "../tools.css";

/** The member's held fællessamtaler, newest first, each with the jobcentre's referat. */
export function HeldMeetings({ member }: { member: JointMember }) {
  const held = member.meetings.filter((m) => m.kind === "faelles" && m.status === "afholdt").reverse();
  if (held.length === 0) return <p>Medlemmet har ingen afholdte fællessamtaler endnu.</p>;
  return (
    <ul className="held-meetings">
      {held.map((m) => (
        <li key={m.id}>
          <strong>{formatDanishDateTime(m.date, m.time)}</strong>
          {m.note ? <p className="note">{m.note}</p> : <p className="muted">Jobcentret har ikke skrevet et referat.</p>}
        </li>
      ))}
    </ul>
  );
}
