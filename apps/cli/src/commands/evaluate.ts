import { evaluate, isInvalid } from "@kontaktplan/rules";
import type { EvaluationResult, InvalidResult } from "@kontaktplan/schema";
import { parseArgs } from "../args.js";
import { inputOf } from "../case-document.js";
import { EXIT } from "../exit-codes.js";
import { readJsonFile } from "../io.js";
import type { Command } from "../output.js";
import { usageError } from "../usage.js";

/**
 * `kontakt evaluate FILE...`: exactly one JSON line per file on stdout, in order, and nothing else,
 * so the output can be compared line by line by other implementations (RULES.md §7).
 */
export const evaluateCommand: Command = async (args, output) => {
  const parsed = parseArgs(args, {});
  if (!parsed.ok) return usageError(output, parsed.message);
  const files = parsed.args.positionals;
  if (files.length === 0) return usageError(output, "evaluate kræver mindst én fil");
  let exit: number = EXIT.ok;
  for (const file of files) {
    const result = await evaluateFile(file);
    if (isInvalid(result)) exit = EXIT.invalid;
    output.out(JSON.stringify(result));
  }
  return exit;
};

async function evaluateFile(file: string): Promise<EvaluationResult | InvalidResult> {
  const read = await readJsonFile(file);
  if (!read.ok) return { errors: [{ path: "", message: read.message }] };
  const result = evaluate(inputOf(read.value));
  // Rebuilt so that exactly the contract's keys are printed, whatever else a result may carry.
  return isInvalid(result) ? { errors: result.errors } : { obligations: result.obligations, warnings: result.warnings };
}
