import { z } from "zod";
import { EvaluationInput } from "./input.js";
import type { ValidationError } from "./output.js";
import { nulErrors } from "./text.js";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

const TYPE_NAMES: Record<string, string> = {
  string: "en tekst",
  number: "et tal",
  int: "et helt tal",
  boolean: "true eller false",
  array: "en liste",
  object: "et objekt",
  null: "null",
};

/** Quote a refused value for a message; values JSON cannot hold (BigInt, cycles, symbols) must not throw. */
function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return "(ukendt værdi)";
  }
}

/** Danish wording for zod's own issues; refinements already carry Danish messages. */
const danishErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code !== "custom") return "Feltet skal udfyldes";
  switch (issue.code) {
    case "invalid_type":
      return `Skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `Ukendt værdi ${describeValue(issue.input)}; tilladt: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return "Må ikke være tom";
      return `Skal være mindst ${String(issue.minimum)}`;
    case "too_big":
      return `Må højst være ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return `Ukendte felter: ${issue.keys.join(", ")}`;
    default:
      return issue.message ?? "Ugyldig værdi";
  }
};

export function toValidationErrors(error: z.ZodError): ValidationError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Parse any schema with Danish messages and dotted paths, never throwing. Text holding NUL is refused first, whatever the schema. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): ParseResult<z.infer<S>> {
  const nul = nulErrors(raw);
  if (nul.length > 0) return { ok: false, errors: nul };
  const result = schema.safeParse(raw, { error: danishErrorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toValidationErrors(result.error) };
}

export function parseEvaluationInput(raw: unknown): ParseResult<EvaluationInput> {
  return parseWith(EvaluationInput, raw);
}
