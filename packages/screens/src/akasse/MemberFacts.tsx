import type { JointDueRow, JointMember } from "@kontaktplan/schema";
import { formatDanishShortDate, JOINT_RULE_LABEL, StatusBadge } from "@kontaktplan/ui";
import { daysLeftText } from "../days-left.js";

/** Who the member is and where the page's obligation stands: window, status, why. */
export function MemberFacts({ member, obligation }: { member: JointMember; obligation: JointDueRow }) {
  const cvDates = member.meetings.filter((m) => m.kind === "cv" && m.status === "afholdt").map((m) => m.date);
  const open = obligation.status === "open" || obligation.status === "upcoming";
  return (
    <>
      <dl className="facts">
        <dt>Medlem</dt>
        <dd>
          {member.name} ({member.cprMasked})
        </dd>
        <dt>Dagpengeforløb</dt>
        <dd>
          fra {formatDanishShortDate(member.start)}
          {member.end ? ` til ${formatDanishShortDate(member.end)}` : ""}
        </dd>
        <dt>Krav</dt>
        <dd>{JOINT_RULE_LABEL[obligation.rule]}</dd>
        <dt>Vindue</dt>
        <dd>
          {formatDanishShortDate(obligation.from)} – {formatDanishShortDate(obligation.to)}
          {open ? ` (${daysLeftText(obligation.daysLeft).toLowerCase()})` : ""}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={obligation.status} />
        </dd>
        <dt>A-kassens deltagelse</dt>
        <dd>{member.akasseFravalgt ? "Frabedt af medlemmet" : "A-kassen deltager"}</dd>
        <dt>CV-samtale</dt>
        <dd>{cvDates.length > 0 ? `Holdt ${cvDates.map(formatDanishShortDate).join(", ")}` : "Ikke registreret"}</dd>
      </dl>
      <p>{obligation.explanation}</p>
    </>
  );
}
