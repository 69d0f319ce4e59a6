import { join } from "node:path";
import { checkCase, type ConformanceCase } from "@kontaktplan/rules";
import { parseArgs } from "../args.js";
import { isCaseDocument } from "../case-document.js";
import { EXIT } from "../exit-codes.js";
import { listJsonFiles, readJsonFile } from "../io.js";
import type { Command } from "../output.js";
import { usageError } from "../usage.js";

/** `kontakt conformance DIR`: every failing case with its failures, then `N passed, M failed`. */
export const conformanceCommand: Command = async (args, output) => {
  const parsed = parseArgs(args, {});
  if (!parsed.ok) return usageError(output, parsed.message);
  const [dir, ...extra] = parsed.args.positionals;
  if (dir === undefined || extra.length > 0) return usageError(output, "conformance kræver præcis én mappe");
  const listing = await listJsonFiles(dir);
  if (!listing.ok) {
    output.err(`kontakt: ${listing.message}`);
    return EXIT.invalid;
  }
  let failed = 0;
  for (const name of listing.value) {
    const { title, failures } = await runCase(join(dir, name), name);
    if (failures.length === 0) continue;
    failed++;
    output.out(`FEJL ${title}`);
    for (const failure of failures) output.out(`  - ${failure}`);
  }
  output.out(`${listing.value.length - failed} passed, ${failed} failed`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
};

async function runCase(path: string, fileName: string): Promise<{ title: string; failures: string[] }> {
  const read = await readJsonFile(path);
  if (!read.ok) return { title: fileName, failures: [read.message] };
  if (!isCaseDocument(read.value)) {
    return { title: fileName, failures: ["Filen er ikke et konformanstilfælde: feltet input mangler"] };
  }
  const c = read.value as ConformanceCase;
  const title = typeof c.name === "string" ? `${fileName}: ${c.name}` : fileName;
  try {
    return { title, failures: checkCase(c).failures };
  } catch (error) {
    // A hand-written case with a malformed `expect` must fail on its own, not end the whole run.
    return { title, failures: [`Tilfældet kunne ikke kontrolleres: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
