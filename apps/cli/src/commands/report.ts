import type { InvalidResult } from "@kontaktplan/schema";
import { inputOf } from "../case-document.js";
import { EXIT } from "../exit-codes.js";
import { reportInvalid } from "../format/errors.js";
import { readJsonFile } from "../io.js";
import type { Output } from "../output.js";

export interface ReportRequest<R> {
  file: string;
  json: boolean;
  compute: (raw: unknown) => R | InvalidResult;
  render: (result: R) => string[];
}

const isRefused = <R extends object>(result: R | InvalidResult): result is InvalidResult => "errors" in result;

/**
 * The shared flow of `plan` and `compare`: read FILE, run the engine, then print JSON or a
 * Danish table. Refused input is always reported on stderr, with --json also as
 * `{"errors":[...]}` on stdout for the script reading it, and exits 2.
 */
export async function runReport<R extends object>(request: ReportRequest<R>, output: Output): Promise<number> {
  const read = await readJsonFile(request.file);
  const result: R | InvalidResult = read.ok ? request.compute(inputOf(read.value)) : { errors: [{ path: "", message: read.message }] };
  if (isRefused(result)) {
    reportInvalid(output, request.file, result.errors);
    if (request.json) output.out(JSON.stringify({ errors: result.errors }));
    return EXIT.invalid;
  }
  if (request.json) output.out(JSON.stringify(result));
  else for (const line of request.render(result)) output.out(line);
  return EXIT.ok;
}
