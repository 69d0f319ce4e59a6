import { COMPARE_PERIODS, type CompareResult, type MinimaByPeriod, type RuleSet } from "@kontaktplan/schema";
import { RULE_SET_NAMES, RULE_SET_TITLES } from "./labels.js";
import { renderTable, type Column } from "./table.js";

type Minima = CompareResult["rows"][number]["minimum"];

const PERIOD_COLUMNS: Column[] = COMPARE_PERIODS.map((p) => ({ header: `${p.fromMonth}–${p.toMonth} mdr.`, align: "right" }));

const count = (n: number | undefined) => (n === undefined ? "–" : String(n));
// A real minus sign and an explicit plus, so a cut in contact cannot be misread.
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/**
 * One line per rule set and, when two are compared, a "Forskel" line (the second minus the first).
 * Only the block's first line carries the `lead` cells (forløb, target group, ...).
 */
function block(lead: readonly string[], minimum: Minima, ruleSets: readonly RuleSet[]): string[][] {
  const blank = lead.map(() => "");
  const rows = ruleSets.map((rs, i) => [
    ...(i === 0 ? lead : blank),
    RULE_SET_NAMES[rs],
    ...COMPARE_PERIODS.map((p) => count(minimum[rs]?.[p.id])),
  ]);
  const [first, second] = ruleSets;
  if (ruleSets.length === 2 && first !== undefined && second !== undefined) {
    rows.push([...blank, "Forskel", ...COMPARE_PERIODS.map((p) => difference(minimum[first], minimum[second], p.id))]);
  }
  return rows;
}

function difference(from: MinimaByPeriod | undefined, to: MinimaByPeriod | undefined, period: keyof MinimaByPeriod): string {
  return from === undefined || to === undefined ? "–" : signed(to[period] - from[period]);
}

/** The minimum number of meetings per forløb and per target group, rule set against rule set. */
export function renderCompare(result: CompareResult): string[] {
  const { ruleSets } = result;
  const lines = [`Mindste antal samtaler efter ${ruleSets.map((rs) => RULE_SET_TITLES[rs]).join(" og ")}`];
  const [first, second] = ruleSets;
  if (ruleSets.length === 2 && first !== undefined && second !== undefined) {
    lines.push(`Forskel = ${RULE_SET_NAMES[second]} − ${RULE_SET_NAMES[first]}; et negativt tal er færre samtaler.`);
  }
  if (result.rows.length === 0) return [...lines, "", "Ingen forløb i input."];
  lines.push(
    "",
    "Pr. forløb:",
    "",
    ...renderTable(
      [{ header: "Forløb" }, { header: "Borger" }, { header: "Målgruppe" }, { header: "Regelsæt" }, ...PERIOD_COLUMNS],
      result.rows.flatMap((r) => block([r.forloebId, r.borgerId, r.targetGroupLabel], r.minimum, ruleSets)),
    ),
    "",
    "Pr. målgruppe:",
    "",
    ...renderTable(
      [{ header: "Målgruppe" }, { header: "Forløb", align: "right" }, { header: "Regelsæt" }, ...PERIOD_COLUMNS],
      result.byTargetGroup.flatMap((g) => block([g.targetGroupLabel, String(g.forloeb)], g.minimum, ruleSets)),
    ),
  );
  return lines;
}
