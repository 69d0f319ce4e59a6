import { useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { COMPARE_PERIODS, type CompareCaseloadQuery, type Me } from "@kontaktplan/schema";
import { formatDanishDate, RULE_SET_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { BarChart } from "../jobcentre/BarChart.js";
import { CompareTable } from "../jobcentre/CompareTable.js";
import { minimumOf, RULE_SET_COLOUR, RULE_SET_IN_TEXT, RULE_SET_LEGEND } from "../jobcentre/compare-figures.js";

type Scope = CompareCaseloadQuery["scope"];

/**
 * Jobcentre: what LAB (Tabel 1) and the forenklede kontaktforløb (Tabel 2) each require of the
 * caseload at least, per target group and period of the forløb, as the rules engine computes it.
 */
export default function ComparePage({ user }: { user: Me }) {
  const trpc = useTRPC();
  // A caseworker's own caseload first; the admin has none of their own.
  const [scope, setScope] = useState<Scope>(user.role === "sagsbehandler" ? "mine" : "kommune");
  const comparison = useQuery(trpc.compare.caseload.queryOptions({ scope }, { placeholderData: keepPreviousData }));
  const scopeId = useId();
  const data = comparison.data;
  return (
    <>
      <h1>Regelsæt</h1>
      <p>
        Det mindste antal samtaler, hvert regelsæt kræver af forløbene i sagsstammen, i forløbets måned 0–6, 6–12 og 12–24: efter reglerne før reformen (LAB,
        Tabel 1) og efter det forenklede kontaktforløb (Tabel 2). Hver borger tæller med sit nuværende forløb. Afholdte samtaler og anmodninger indgår ikke:
        tallene er, hvad reglerne selv kræver.
      </p>
      <div className="field field--inline">
        <label htmlFor={scopeId}>Vis</label>
        <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="mine">Mine borgere</option>
          <option value="kommune">Hele kommunen</option>
        </select>
      </div>
      {comparison.isPending ? <Loading what="sammenligningen" /> : null}
      {comparison.isError ? <ErrorMessage error={comparison.error} title="Sammenligningen kunne ikke hentes" /> : null}
      {data ? (
        <>
          <p>
            {data.forloeb} forløb, opgjort {formatDanishDate(data.asOf)}. Kommunen følger i dag {RULE_SET_LABEL[data.ruleSet]}.
          </p>
          {data.byTargetGroup.length === 0 ? (
            <p>Ingen forløb at sammenligne.</p>
          ) : (
            <>
              <CompareTable groups={data.byTargetGroup} ruleSets={data.ruleSets} />
              {COMPARE_PERIODS.map((p) => (
                <section key={p.id} aria-labelledby={`compare-${p.id}`}>
                  <h2 id={`compare-${p.id}`}>{p.label}</h2>
                  <BarChart
                    title={`Mindste antal samtaler i ${p.label} pr. målgruppe`}
                    series={data.ruleSets.map((rs) => ({ label: RULE_SET_LEGEND[rs], inText: RULE_SET_IN_TEXT[rs], colour: RULE_SET_COLOUR[rs] }))}
                    categories={data.byTargetGroup.map((g) => ({ label: g.targetGroupLabel, values: data.ruleSets.map((rs) => minimumOf(g, rs, p.id)) }))}
                  />
                </section>
              ))}
            </>
          )}
        </>
      ) : null}
    </>
  );
}
