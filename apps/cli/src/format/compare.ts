import { COMPARE_NOTE, COMPARE_PERIODS, ruleSetName, ruleSetShortName, type CompareResult, type MinimaByPeriod, type RuleSet } from "@kontaktplan/schema";
import { renderTable, type Column } from "./table.js";

type Minima = CompareResult["rows"][number]["minimum"];
interface Figures {
  readonly minimum: Minima;
  readonly akasse: Minima;
}

const periodColumns = (who: string): Column[] => COMPARE_PERIODS.map((p) => ({ header: `${who} ${p.fromMonth}–${p.toMonth} mdr.`, align: "right" }));
const FIGURE_COLUMNS: Column[] = [...periodColumns("Jobcentret"), ...periodColumns("A-kassen")];

const count = (n: number | undefined) => (n === undefined ? "–" : String(n));
// A real minus sign and an explicit plus, so a cut in contact cannot be misread.
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** The jobcentre's figures, then the a-kasse's, for one rule set. */
const cells = (f: Figures, rs: RuleSet) => [
  ...COMPARE_PERIODS.map((p) => count(f.minimum[rs]?.[p.id])),
  ...COMPARE_PERIODS.map((p) => count(f.akasse[rs]?.[p.id])),
];

/**
 * One line per rule set and, when two are compared, a "Forskel" line (the second minus the first).
 * Only the block's first line carries the `lead` cells (forløb, target group, ...).
 */
function block(lead: readonly string[], figures: Figures, ruleSets: readonly RuleSet[]): string[][] {
  const blank = lead.map(() => "");
  const rows = ruleSets.map((rs, i) => [...(i === 0 ? lead : blank), ruleSetShortName(rs), ...cells(figures, rs)]);
  const [first, second] = ruleSets;
  if (ruleSets.length === 2 && first !== undefined && second !== undefined) {
    rows.push([
      ...blank,
      "Forskel",
      ...COMPARE_PERIODS.map((p) => difference(figures.minimum[first], figures.minimum[second], p.id)),
      ...COMPARE_PERIODS.map((p) => difference(figures.akasse[first], figures.akasse[second], p.id)),
    ]);
  }
  return rows;
}

function difference(from: MinimaByPeriod | undefined, to: MinimaByPeriod | undefined, period: keyof MinimaByPeriod): string {
  return from === undefined || to === undefined ? "–" : signed(to[period] - from[period]);
}

/** The minimum number of meetings per forløb and per target group, rule set against rule set. */
export function renderCompare(result: CompareResult): string[] {
  const { ruleSets } = result;
  const names = ruleSets.map(ruleSetName);
  const lines = [`Mindste antal samtaler efter ${names.length > 1 ? `${names.slice(0, -1).join(", ")} og ${names.at(-1)}` : names.join("")}`];
  const [first, second] = ruleSets;
  if (ruleSets.length === 2 && first !== undefined && second !== undefined) {
    lines.push(`Forskel = ${ruleSetShortName(second)} − ${ruleSetShortName(first)}; et negativt tal er færre samtaler.`);
  }
  lines.push("Jobcentrets samtaler (individuelle og fællessamtaler) og a-kassens egne jobsamtaler tælles hver for sig.");
  if (result.rows.length === 0) return [...lines, "", "Ingen forløb i input."];
  lines.push(
    "",
    "Pr. forløb:",
    "",
    ...renderTable(
      [{ header: "Forløb" }, { header: "Borger" }, { header: "Målgruppe" }, { header: "Regelsæt" }, ...FIGURE_COLUMNS],
      result.rows.flatMap((r) => block([r.forloebId, r.borgerId, r.targetGroupLabel], r, ruleSets)),
    ),
    "",
    "Pr. målgruppe:",
    "",
    ...renderTable(
      [{ header: "Målgruppe" }, { header: "Forløb", align: "right" }, { header: "Regelsæt" }, ...FIGURE_COLUMNS],
      result.byTargetGroup.flatMap((g) => block([g.targetGroupLabel, String(g.forloeb)], g, ruleSets)),
    ),
    "",
    `Note: ${COMPARE_NOTE}`,
  );
  return lines;
}
