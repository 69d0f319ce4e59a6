import { isAkasseObligation, type ForloebRecord, type Obligation } from "@kontaktplan/schema";
import { formatDanishShortDate } from "./dates.js";
import { PROVISIONAL_NOTE, RULE_SET_LABEL } from "./labels.js";
import { lapsesOn } from "./lapse.js";
import { ruleTitle } from "./rule-title.js";
import { StatusBadge } from "./StatusBadge.js";

export interface ObligationListProps {
  obligations: readonly Obligation[];
  /** Heading level of each obligation, so the list fits the page's outline. */
  headingLevel?: 3 | 4;
  /** Their forløb: an end before a deadline is said beside it (the obligation lapses then). */
  forloeb?: Pick<ForloebRecord, "end">;
}

/**
 * Each obligation with its status (colour and word), window, progress, the engine's Danish
 * explanation and the legal source in its own words — so a caseworker sees why it exists — plus
 * the regime it follows, who holds the meetings, and a "Foreløbig" mark on provisional rules.
 */
export function ObligationList({ obligations, headingLevel = 3, forloeb }: ObligationListProps) {
  if (obligations.length === 0) return <p>Der er ingen samtalekrav i dette forløb.</p>;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="kp-obligations">
      {obligations.map((o) => (
        <li key={`${o.forloebId}:${o.rule}:${o.occurrence}`} className="kp-obligation" data-status={o.status}>
          <Heading className="kp-obligation__title">
            <StatusBadge status={o.status} /> {ruleTitle(o.explanation)}
          </Heading>
          <p className="kp-obligation__window">
            Vindue: {formatDanishShortDate(o.from)} – {formatDanishShortDate(o.to)}.{" "}
            <span className="kp-obligation__held">
              Afholdt: {o.held} af {o.required}
            </span>
            {o.plannedBy.length > 0 ? `, planlagt: ${o.plannedBy.length}` : ""}.
          </p>
          <p className="kp-obligation__explanation">{o.explanation}</p>
          <LapseNote obligation={o} forloeb={forloeb} />
          <p className="kp-obligation__regime">
            Regler: {RULE_SET_LABEL[o.ruleSet]}
            {isAkasseObligation(o) ? " · Holdes af a-kassen" : ""}
            {o.legalBasis.provisional ? (
              <>
                {" · "}
                <strong className="kp-provisional">Foreløbig</strong>
              </>
            ) : null}
          </p>
          {o.legalBasis.provisional ? <p className="kp-obligation__provisional">{PROVISIONAL_NOTE}</p> : null}
          <details className="kp-obligation__legal">
            <summary>
              Lovgrundlag: {o.legalBasis.source}, {o.legalBasis.row} ({RULE_SET_LABEL[o.legalBasis.ruleSet]})
            </summary>
            <blockquote>{o.legalBasis.text}</blockquote>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** An obligation whose deadline lies after its forløb's end is met before the end or lapses. */
function LapseNote({ obligation, forloeb }: { obligation: Obligation; forloeb: Pick<ForloebRecord, "end"> | undefined }) {
  const end = forloeb ? lapsesOn(obligation, forloeb) : null;
  if (end === null) return null;
  return (
    <p className="kp-obligation__lapse">Forløbet slutter {formatDanishShortDate(end)}, før fristen: kravet bortfalder, hvis det ikke er opfyldt inden da.</p>
  );
}
