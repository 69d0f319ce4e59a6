import { plan } from "@kontaktplan/rules";
import { parseArgs } from "../args.js";
import { renderPlan } from "../format/plan.js";
import type { Command } from "../output.js";
import { usageError } from "../usage.js";
import { runReport } from "./report.js";

/** `kontakt plan FILE [--json]`: suggested meetings that would meet every open obligation. */
export const planCommand: Command = async (args, output) => {
  const parsed = parseArgs(args, { json: "boolean" });
  if (!parsed.ok) return usageError(output, parsed.message);
  const [file, ...extra] = parsed.args.positionals;
  if (file === undefined || extra.length > 0) return usageError(output, "plan kræver præcis én fil");
  return runReport({ file, json: parsed.args.options.has("json"), compute: plan, render: renderPlan }, output);
};
