import type { JointMember } from "@kontaktplan/schema";
import { formatDanishDate, MEETING_KIND_LABEL, ObligationList, RULE_SET_LABEL } from "@kontaktplan/ui";

/**
 * Where the a-kasse's own contact course stands (RULES.md §8, from 2024): who holds the course
 * until when, the a-kasse's deadlines as the engine computed them, and the engine's suggested dates.
 */
export function AkasseCourse({ member }: { member: JointMember }) {
  if (member.akasseObligations.length === 0) {
    return (
      <p>
        Forløbet følger {RULE_SET_LABEL[member.regime]}
        {member.handover === null
          ? ", og a-kassen holder ingen jobsamtaler alene i det: jobcentret holder kontaktforløbet fra start."
          : ", men a-kassen har ingen frister for egne jobsamtaler i det lige nu."}
      </p>
    );
  }
  return (
    <>
      <p>
        Forløbet følger {RULE_SET_LABEL[member.regime]}: a-kassen holder jobsamtalerne i de første måneder
        {member.handover ? `, og jobcentret overtager ${formatDanishDate(member.handover)}` : ""}.
      </p>
      <h3>Frister</h3>
      <ObligationList obligations={member.akasseObligations} headingLevel={4} />
      <h3>Forslag til datoer</h3>
      {member.akasseSuggestions.length === 0 ? (
        <p>Der er ingen jobsamtaler at planlægge lige nu.</p>
      ) : (
        <ul className="suggestions">
          {member.akasseSuggestions.map((s) => (
            <li key={s.date}>
              <strong>
                {formatDanishDate(s.date)}: {MEETING_KIND_LABEL[s.kind].toLowerCase()}
              </strong>{" "}
              – {s.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
