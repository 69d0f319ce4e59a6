/**
 * Text-field primitives every input shares: what no text may hold (NUL, a CPR number) and how a
 * CPR-shaped number is found in free text, for the schemas and for the server's log redaction.
 */
import { z } from "zod";
import type { ValidationError } from "./output.js";

export const NUL_MESSAGE = "Teksten indeholder et ugyldigt tegn (NUL)";
export const CPR_IN_TEXT_MESSAGE = "Teksten må ikke indeholde et CPR-nummer";

/**
 * Ten digits in any script (full-width ０１０１９０ included), day, month and year written alike
 * (`010190`, `01.01.90`, `01-01-90`, `01 01 90`), then an optional separator and four digits.
 * Neither end may touch a further digit, so longer numbers (ids, amounts) are not taken for one.
 */
const CPR_SHAPE = /(?<!\p{Nd})\p{Nd}{2}([.\-/ ]?)\p{Nd}{2}\1\p{Nd}{2}[-. ]?\p{Nd}{4}(?!\p{Nd})/gu;

/** Compatibility forms (full-width digits, ligatures) as their plain characters, before any matching. */
const plain = (text: string) => text.normalize("NFKC");

export function containsCprLike(text: string): boolean {
  CPR_SHAPE.lastIndex = 0;
  return CPR_SHAPE.test(plain(text));
}

/** The text (in its NFKC form) with every CPR-shaped number replaced by `mask`. */
export function maskCprLike(text: string, mask: string): string {
  return plain(text).replace(CPR_SHAPE, mask);
}

/**
 * Free text ends up in records that are synced and logged, where CPR numbers must never appear;
 * refuse text that looks like it holds one rather than store it.
 */
export const withoutCpr = (schema: z.ZodString) => schema.refine((text) => !containsCprLike(text), { error: CPR_IN_TEXT_MESSAGE });

/**
 * Every string in an input (object keys included) that holds U+0000, as a field error each.
 * PostgreSQL's text cannot store NUL, so such input would otherwise fail in the database as a
 * server fault; no text a person types holds one. Iterative, so deeply nested input cannot
 * overflow the stack.
 */
export function nulErrors(raw: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  const pending: Array<[value: unknown, path: string]> = [[raw, ""]];
  const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);
  // JSON never repeats an object, but a caller in-process may hand over a cycle: each is read once.
  const seen = new WeakSet<object>();
  for (let next = pending.pop(); next !== undefined && errors.length < 20; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === "object" && value !== null) {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (typeof value === "string") {
      if (value.includes("\u0000")) errors.push({ path, message: NUL_MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, join(path, String(index))]));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes("\u0000")) errors.push({ path: join(path, key.replaceAll("\u0000", "")), message: NUL_MESSAGE });
        else pending.push([item, join(path, key)]);
      }
    }
  }
  return errors;
}
