import { compare } from "@kontaktplan/rules";
import { REGIME_CODES, RULE_SETS, type RuleSet } from "@kontaktplan/schema";
import { parseArgs } from "../args.js";
import { renderCompare } from "../format/compare.js";
import type { Command } from "../output.js";
import { usageError } from "../usage.js";
import { runReport } from "./report.js";

/** `kontakt compare FILE [--rule-sets lab,forenklet,…] [--json]`: minimum meetings per rule set (default: every regime). */
export const compareCommand: Command = async (args, output) => {
  const parsed = parseArgs(args, { json: "boolean", "rule-sets": "value" });
  if (!parsed.ok) return usageError(output, parsed.message);
  const [file, ...extra] = parsed.args.positionals;
  if (file === undefined || extra.length > 0) return usageError(output, "compare kræver præcis én fil");
  const option = parsed.args.options.get("rule-sets");
  const ruleSets = typeof option === "string" ? parseRuleSets(option) : [...REGIME_CODES];
  if (typeof ruleSets === "string") return usageError(output, ruleSets);
  return runReport({ file, json: parsed.args.options.has("json"), compute: (raw) => compare(raw, ruleSets), render: renderCompare }, output);
};

/** "lab,lab2024" → ["lab", "lab2024"] in the order given, or a Danish message. */
function parseRuleSets(list: string): RuleSet[] | string {
  const names = list.split(",").map((s) => s.trim());
  const unknown = names.filter((n) => !(RULE_SETS as readonly string[]).includes(n));
  if (unknown.length > 0) return `ukendt regelsæt: ${unknown.join(", ")}; tilladt: ${RULE_SETS.join(", ")}`;
  if (new Set(names).size !== names.length) return "hvert regelsæt må kun nævnes én gang i --rule-sets";
  return names as RuleSet[];
}
