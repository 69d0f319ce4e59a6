import type { ValidationError } from "@kontaktplan/schema";
import type { Output } from "../output.js";

/** Refused input as a caseworker reads it: one "felt: besked" line per error, on stderr. */
export function reportInvalid(output: Output, file: string, errors: readonly ValidationError[]): void {
  output.err(`kontakt: ${file} kan ikke bruges:`);
  for (const e of errors) output.err(e.path === "" ? `  ${e.message}` : `  ${e.path}: ${e.message}`);
}
