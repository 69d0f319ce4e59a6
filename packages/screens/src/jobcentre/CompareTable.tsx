import { COMPARE_PERIODS, type CompareGroupTotal, type RuleSet } from "@kontaktplan/schema";
import { minimumOf, RULE_SET_HEADER, signedDifference, totalOverGroups } from "./compare-figures.js";

type Figures = Pick<CompareGroupTotal, "forloeb" | "minimum">;

/**
 * Minimum meetings per target group and period under each rule set, with the difference
 * (forenklet less LAB) when both are there; the last row sums every group.
 */
export function CompareTable({ groups, ruleSets }: { groups: readonly CompareGroupTotal[]; ruleSets: readonly RuleSet[] }) {
  const withDifference = ruleSets.includes("lab") && ruleSets.includes("forenklet");
  const perPeriod = ruleSets.length + (withDifference ? 1 : 0);
  const cells = (row: Figures) =>
    COMPARE_PERIODS.flatMap((p) => [
      ...ruleSets.map((rs) => (
        <td key={`${p.id}-${rs}`} className="num">
          {minimumOf(row, rs, p.id)}
        </td>
      )),
      ...(withDifference
        ? [
            <td key={`${p.id}-diff`} className="num">
              {signedDifference(minimumOf(row, "forenklet", p.id) - minimumOf(row, "lab", p.id))}
            </td>,
          ]
        : []),
    ]);
  const total = totalOverGroups(groups, ruleSets);
  return (
    // Focusable and named, so a keyboard user can scroll the wide table sideways (WCAG 2.1.1).
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Mindste antal samtaler pr. målgruppe og periode (kan rulles vandret)">
      <table>
        <caption>Mindste antal samtaler pr. målgruppe og periode</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Målgruppe
            </th>
            <th scope="col" rowSpan={2} className="num">
              Forløb
            </th>
            {COMPARE_PERIODS.map((p) => (
              <th key={p.id} scope="colgroup" colSpan={perPeriod}>
                {p.label}
              </th>
            ))}
          </tr>
          <tr>
            {COMPARE_PERIODS.flatMap((p) => [
              ...ruleSets.map((rs) => (
                <th key={`${p.id}-${rs}`} scope="col" className="num">
                  {RULE_SET_HEADER[rs]}
                </th>
              )),
              ...(withDifference
                ? [
                    <th key={`${p.id}-diff`} scope="col" className="num">
                      Forskel
                    </th>,
                  ]
                : []),
            ])}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.targetGroup}>
              <th scope="row">{g.targetGroupLabel}</th>
              <td className="num">{g.forloeb}</td>
              {cells(g)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">I alt</th>
            <td className="num">{total.forloeb}</td>
            {cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
