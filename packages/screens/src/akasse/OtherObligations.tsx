import type { JointDueRow, JointMember } from "@kontaktplan/schema";
import { formatDanishShortDate, JOINT_RULE_LABEL, OBLIGATION_STATUS_LABEL } from "@kontaktplan/ui";
import { bookingHref } from "../route.js";
import { bookedFor } from "./deadlines.js";

/** The member's joint deadlines (other than the page's own, if any), each with its own page. */
export function OtherObligations({ member, current }: { member: JointMember; current: JointDueRow | null }) {
  const others = member.obligations.filter((o) => current === null || o.rule !== current.rule || o.occurrence !== current.occurrence);
  if (others.length === 0) return <p>Medlemmet har {current ? "ingen andre" : "ingen"} frister for fællessamtaler.</p>;
  return (
    <ul>
      {others.map((o) => (
        <li key={`${o.rule}:${o.occurrence}`}>
          <a href={bookingHref(o.forloebId, o.rule, o.occurrence)}>{JOINT_RULE_LABEL[o.rule]}</a>: {formatDanishShortDate(o.from)} –{" "}
          {formatDanishShortDate(o.to)}, {OBLIGATION_STATUS_LABEL[o.status].toLowerCase()}
          {bookedFor(member, o).length > 0 ? ", booket" : o.planned.length > 0 ? ", fællessamtale planlagt i vinduet" : ""}
        </li>
      ))}
    </ul>
  );
}
