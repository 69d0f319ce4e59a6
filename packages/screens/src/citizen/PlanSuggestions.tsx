import type { PlanResult } from "@kontaktplan/schema";
import { formatDanishDate, MEETING_KIND_LABEL } from "@kontaktplan/ui";

/** The engine's suggested meetings, each with its reason, and what cannot be planned any more. */
export function PlanSuggestions({ plan }: { plan: PlanResult }) {
  if (plan.suggestions.length === 0 && plan.unplannable.length === 0) return <p>Der er ingen samtaler at planlægge lige nu.</p>;
  return (
    <>
      <ul className="suggestions">
        {plan.suggestions.map((s) => (
          <li key={`${s.forloebId}:${s.date}`}>
            <strong>
              {formatDanishDate(s.date)}: {MEETING_KIND_LABEL[s.kind].toLowerCase()}
            </strong>{" "}
            – {s.reason}
          </li>
        ))}
      </ul>
      {plan.unplannable.length > 0 ? (
        <ul className="warnings" aria-label="Kan ikke planlægges">
          {plan.unplannable.map((u) => (
            <li key={`${u.forloebId}:${u.rule}:${u.occurrence}`}>{u.reason}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
