import { expect } from "vitest";
import { parseEvaluationInput, type ValidationError } from "../src/index.js";

/** A loosely typed raw object, as it would come out of JSON.parse. */
export type Raw = Record<string, unknown>;

export function forloeb(overrides: Raw = {}): Raw {
  return { id: "f1", borgerId: "b1", ydelse: "dagpenge", start: "2025-01-06", end: null, ...overrides };
}

export function samtale(overrides: Raw = {}): Raw {
  return { id: "s1", forloebId: "f1", date: "2025-01-10", kind: "individuel", status: "afholdt", ...overrides };
}

export function anmodning(overrides: Raw = {}): Raw {
  return { id: "a1", forloebId: "f1", date: "2025-02-03", by: "borger", ...overrides };
}

/** A valid input with one dagpenge forløb, one held meeting and one request. */
export function validInput(overrides: Raw = {}): Raw {
  return {
    ruleSet: "forenklet",
    asOf: "2025-06-01",
    forloeb: [forloeb()],
    samtaler: [samtale()],
    anmodninger: [anmodning()],
    ...overrides,
  };
}

/** Parses and demands a refusal; returns the errors. */
export function errorsOf(raw: unknown): ValidationError[] {
  const result = parseEvaluationInput(raw);
  if (result.ok) {
    expect.fail(`expected the input to be refused, but it was accepted: ${JSON.stringify(raw)}`);
  }
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

export function pathsOf(raw: unknown): string[] {
  return errorsOf(raw).map((e) => e.path);
}

/** Parses and demands acceptance; returns the parsed value. */
export function accepted(raw: unknown) {
  const result = parseEvaluationInput(raw);
  if (!result.ok) {
    expect.fail(`expected the input to be accepted, but got ${JSON.stringify(result.errors)}`);
  }
  return result.value;
}

/** A copy of `obj` without the given keys (as if they had never been written). */
export function without(obj: Raw, ...keys: string[]): Raw {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}
