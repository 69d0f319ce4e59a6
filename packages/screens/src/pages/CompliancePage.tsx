import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { isTargetGroup, type ComplianceQuery } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishShortDate, RULE_SET_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { BarChart } from "../jobcentre/BarChart.js";
import { COMPLIANCE_SERIES, complianceCategory } from "../jobcentre/compliance-chart.js";
import { ComplianceTable } from "../jobcentre/ComplianceTable.js";
import { DueDateFilter } from "../jobcentre/DueDateFilter.js";
import { ExemptionQuotaTable } from "../jobcentre/ExemptionQuotaTable.js";
import { drillDownHref } from "../jobcentre/drill-down.js";
import { ExportButton } from "../export/ExportButton.js";
import { complianceCsv } from "../export/tables.js";

function periodText(query: ComplianceQuery): string {
  if (query.dueFrom && query.dueTo) return `med frist fra ${formatDanishShortDate(query.dueFrom)} til ${formatDanishShortDate(query.dueTo)}`;
  if (query.dueFrom) return `med frist fra ${formatDanishShortDate(query.dueFrom)}`;
  if (query.dueTo) return `med frist til ${formatDanishShortDate(query.dueTo)}`;
  return "alle frister";
}

/**
 * Jobcentre: the kommune's samtalekrav met on time, missed and open, per target group and per
 * caseworker; and the exemptions per pool group against their ceiling.
 */
export default function CompliancePage() {
  const trpc = useTRPC();
  const [query, setQuery] = useState<ComplianceQuery>({});
  const summary = useQuery(trpc.compliance.summary.queryOptions(query, { placeholderData: keepPreviousData }));
  const data = summary.data;
  return (
    <>
      <h1>Overblik</h1>
      <p>
        Kommunens samtalekrav: opfyldt til tiden, overskredet og åbne (åbne og kommende krav, hvis frist ikke er nået). Kravene beregnes af regelmotoren på ny
        ved hver visning.
      </p>
      <DueDateFilter onApply={setQuery} />
      {summary.isPending ? <Loading what="overblikket" /> : null}
      {summary.isError ? <ErrorMessage error={summary.error} title="Overblikket kunne ikke hentes" /> : null}
      {data ? (
        <>
          <p>
            Opgjort {formatDanishDate(data.asOf)} efter {RULE_SET_LABEL[data.ruleSet]}, {periodText(query)}.
          </p>
          <p>Hvert tal fører til borgerne bag det i kommunens sagsstamme (med alle deres frister, ikke kun periodens).</p>
          <ExportButton label="Hent overblikket som CSV" fileName={`overblik-${data.asOf}.csv`} build={async () => complianceCsv(data)} />
          <dl className="totals">
            {COMPLIANCE_SERIES.map((s) => (
              <div key={s.key}>
                <dt>{s.label}</dt>
                <dd>
                  <a href={drillDownHref(s.key)} aria-label={`${data.totals[s.key]} ${s.inText}: vis borgerne`}>
                    {data.totals[s.key]}
                  </a>
                </dd>
              </div>
            ))}
          </dl>
          {data.byTargetGroup.length === 0 ? (
            <p>Ingen samtalekrav i perioden.</p>
          ) : (
            <>
              <section aria-labelledby="by-group-heading">
                <h2 id="by-group-heading">Pr. målgruppe</h2>
                <BarChart
                  title="Samtalekrav pr. målgruppe"
                  series={COMPLIANCE_SERIES}
                  categories={data.byTargetGroup.map((g) => complianceCategory(g.targetGroupLabel, g))}
                />
                <ComplianceTable
                  caption="Samtalekrav pr. målgruppe"
                  labelHeaders={["Målgruppe"]}
                  rows={data.byTargetGroup.map((g) => ({
                    key: g.targetGroup,
                    labels: [g.targetGroupLabel],
                    counts: g,
                    filter: isTargetGroup(g.targetGroup) ? { targetGroup: g.targetGroup } : {},
                  }))}
                />
              </section>
              <section aria-labelledby="by-caseworker-heading">
                <h2 id="by-caseworker-heading">Pr. sagsbehandler</h2>
                <BarChart
                  title="Samtalekrav pr. sagsbehandler"
                  series={COMPLIANCE_SERIES}
                  categories={data.byCaseworker.map((c) => complianceCategory(c.caseworkerName, c))}
                />
                <ComplianceTable
                  caption="Samtalekrav pr. sagsbehandler"
                  labelHeaders={["Sagsbehandler", "Team"]}
                  rows={data.byCaseworker.map((c) => ({
                    key: c.caseworkerId ?? "none",
                    labels: [c.caseworkerName, c.teamName],
                    counts: c,
                    filter: { caseworker: c.caseworkerId ?? "none" },
                  }))}
                />
              </section>
            </>
          )}
          <ExemptionQuotaTable quotas={data.exemptions} asOf={data.asOf} />
        </>
      ) : null}
    </>
  );
}
