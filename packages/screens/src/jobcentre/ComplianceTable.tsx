import type { ComplianceCounts } from "@kontaktplan/schema";
import type { CaseloadFilters } from "../caseload/filters.js";
import { COMPLIANCE_SERIES, totalOf } from "./compliance-chart.js";
import { drillDownHref } from "./drill-down.js";

export interface ComplianceTableRow {
  key: string;
  /** The row's header first, then any further describing cells (e.g. the team). */
  labels: readonly string[];
  counts: ComplianceCounts;
  /** The caseload filter that finds this row's citizens. */
  filter: Partial<CaseloadFilters>;
}

/** The overview's figures as a table: the chart's text alternative and the place to read exact numbers. */
export function ComplianceTable({ caption, labelHeaders, rows }: { caption: string; labelHeaders: readonly string[]; rows: readonly ComplianceTableRow[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {labelHeaders.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          {COMPLIANCE_SERIES.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}
            </th>
          ))}
          <th scope="col" className="num">
            I alt
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.labels.map((label, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {label}
                </th>
              ) : (
                <td key={i}>{label}</td>
              ),
            )}
            {COMPLIANCE_SERIES.map((s) => (
              <td key={s.key} className="num">
                {r.counts[s.key] === 0 ? (
                  0
                ) : (
                  <a href={drillDownHref(s.key, r.filter)} aria-label={`${r.counts[s.key]} ${s.inText}, ${r.labels[0]}: vis borgerne`}>
                    {r.counts[s.key]}
                  </a>
                )}
              </td>
            ))}
            <td className="num">{totalOf(r.counts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
