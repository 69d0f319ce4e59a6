import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { isValidIsoDate, REGIME_CODES, REGIMES, regimeInForce, regimeInfo, ruleSetName } from "@kontaktplan/schema";
import { formatDanishShortDate, RULE_SET_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { Field } from "../components/Field.js";
import { copenhagenToday } from "@kontaktplan/rules/dates";
import { inForceText, standingText } from "../rules/in-force.js";
import { RegimeSection } from "../rules/RegimeSection.js";

/**
 * "Regler": every regime the engine knows, from the rules package's own data — when it applies,
 * its legal source, what it changed and its rules — so anyone can see why a citizen who started in
 * 2023 has other deadlines than one who starts today. For every signed-in role.
 */
export default function RulesPage() {
  const trpc = useTRPC();
  const today = copenhagenToday(new Date());
  const setting = useQuery(trpc.settings.get.queryOptions());
  const [start, setStart] = useState(today);
  const startRegime = isValidIsoDate(start) ? regimeInForce(start) : null;
  return (
    <>
      <h1>Regler</h1>
      <p>
        Kontaktplan beregner samtalekravene efter reglerne for kontaktforløb. Med den gældende lov følger hvert forløb de regler, der gjaldt på forløbets
        startdato, hele forløbet igennem; et ydelsesskift begynder et nyt forløb med sine egne regler. Derfor kan to borgere på samme ydelse have forskellige
        frister: en borger, der begyndte i 2023, følger {regimeInfo(regimeInForce("2023-01-01")).name}, mens en, der begynder i dag, følger{" "}
        {regimeInfo(regimeInForce(today)).name}.
      </p>
      {setting.data ? (
        <p>
          {setting.data.scope === "kommune" ? "Din kommune" : "Landsindstillingen"} følger {ruleSetName(setting.data.ruleSet)}.
        </p>
      ) : null}
      <section aria-labelledby="regler-startdato">
        <h2 id="regler-startdato">Hvilke regler følger et forløb?</h2>
        <Field label="Forløbets startdato" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        <p role="status">
          {startRegime
            ? `Et forløb, der starter ${formatDanishShortDate(start)}, følger ${regimeInfo(startRegime).name} efter den gældende lov.`
            : "Skriv en startdato for at se, hvilke regler forløbet følger."}
        </p>
      </section>
      <table className="stack-narrow">
        <caption>Regelsættene</caption>
        <thead>
          <tr>
            <th scope="col">Regelsæt</th>
            <th scope="col">Gælder for forløb med start</th>
            <th scope="col">Retsgrundlag</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {REGIMES.map((r) => (
            <tr key={r.ruleSet}>
              <th scope="row">{r.name}</th>
              <td data-label="Gælder for forløb med start">{inForceText(r)}</td>
              <td data-label="Retsgrundlag">{r.source}</td>
              <td data-label="Status">{standingText(r, today)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{RULE_SET_LABEL.gaeldende} (standard)</th>
            <td data-label="Gælder for forløb med start">Hvert forløb efter reglerne på sin startdato</td>
            <td data-label="Retsgrundlag">Det vedtagne regelsæt, der gjaldt på forløbets startdato</td>
            <td data-label="Status">Standard for alle kommuner</td>
          </tr>
        </tbody>
      </table>
      {REGIME_CODES.map((regime) => (
        <RegimeSection key={regime} regime={regime} />
      ))}
    </>
  );
}
