import { useId } from "react";
import { regimeInfo, type Regime } from "@kontaktplan/schema";
import { PROVISIONAL_NOTE, regimeRules, type RuleRow } from "@kontaktplan/ui";
import { inForceText } from "./in-force.js";

const CHANGE_LABEL: Record<RuleRow["change"], string> = { new: "Ny", changed: "Ændret", same: "Uændret" };

/**
 * One regime as the rules package holds it: when it applies, its legal source, what it changed
 * against the regime before it, and every rule (what, for whom, held by whom, the law's words),
 * each marked new or changed; then the earlier rules it dropped.
 */
export function RegimeSection({ regime }: { regime: Regime }) {
  const id = useId();
  const info = regimeInfo(regime);
  const { follows, changes, rules, dropped } = regimeRules(regime);
  const before = follows === null ? null : regimeInfo(follows);
  return (
    <section aria-labelledby={`${id}-title`} className="regime">
      <h2 id={`${id}-title`}>{info.name}</h2>
      <dl className="facts">
        <dt>Gælder for forløb med start</dt>
        <dd>{inForceText(info)}</dd>
        <dt>Retsgrundlag</dt>
        <dd>{info.source}</dd>
        {before ? (
          <>
            <dt>Ændrer</dt>
            <dd>{before.name}</dd>
          </>
        ) : null}
      </dl>
      <h3>Hvad ændrede sig</h3>
      <p>{changes}</p>
      {info.provisional ? <p className="notice">{PROVISIONAL_NOTE}</p> : null}
      <table className="stack-narrow">
        <caption>
          Samtalekrav efter {info.shortName}
          {before ? ` (sammenlignet med ${before.shortName})` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            <th scope="col">Målgrupper</th>
            <th scope="col">Holdes af</th>
            <th scope="col">Lovgrundlag</th>
            {before ? <th scope="col">I forhold til {before.shortName}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, i) => (
            <tr key={i}>
              <th scope="row">{rule.requirement}</th>
              <td data-label="Målgrupper">{rule.groups}</td>
              <td data-label="Holdes af">{rule.holder}</td>
              <td data-label="Lovgrundlag">
                <details>
                  <summary>{rule.source}</summary>
                  <blockquote>{rule.text}</blockquote>
                </details>
              </td>
              {before ? (
                <td data-label={`I forhold til ${before.shortName}`}>
                  {rule.change === "same" ? CHANGE_LABEL.same : <strong>{CHANGE_LABEL[rule.change]}</strong>}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {before && dropped.length > 0 ? (
        <>
          <h3>Bortfaldet i forhold til {before.shortName}</h3>
          <ul>
            {dropped.map((rule, i) => (
              <li key={i}>
                {rule.requirement} ({rule.groups})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
