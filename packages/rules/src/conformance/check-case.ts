import type { EvaluationResult, InvalidResult, Obligation } from "@kontaktplan/schema";
import { evaluate, isInvalid } from "../engine/evaluate.js";

/** A worked example as in packages/rules/test/conformance (RULES.md §7). */
export interface ConformanceCase {
  name?: string;
  input: unknown;
  expectError?: boolean;
  exhaustive?: boolean;
  expect?: {
    obligations?: Record<string, unknown>[];
    warnings?: Record<string, unknown>[];
    exhaustive?: boolean;
  };
}

export interface CaseOutcome {
  result: EvaluationResult | InvalidResult;
  failures: string[];
}

const keyOf = (o: { forloebId?: unknown; rule?: unknown; occurrence?: unknown }) => `${String(o.forloebId)}/${String(o.rule)}/${String(o.occurrence)}`;

/** True when `actual` equals `expected`; arrays compare as sets, objects field by field. */
function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((e) => actual.some((a) => matches(e, a))) && actual.every((a) => expected.some((e) => matches(e, a)));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]));
  }
  return expected === actual;
}

/** Evaluate a case and list every way the result differs from what it expects. */
export function checkCase(c: ConformanceCase): CaseOutcome {
  const result = evaluate(c.input);
  const failures: string[] = [];
  if (c.expectError) {
    if (!isInvalid(result)) failures.push("expected the input to be refused, but it was evaluated");
    return { result, failures };
  }
  if (isInvalid(result)) {
    failures.push(`input refused: ${result.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
    return { result, failures };
  }
  const expected = c.expect?.obligations ?? [];
  const exhaustive = c.expect?.exhaustive ?? c.exhaustive ?? true;
  const actualByKey = new Map<string, Obligation>();
  for (const o of result.obligations) {
    const key = keyOf(o);
    if (actualByKey.has(key)) failures.push(`duplicate obligation ${key}`);
    actualByKey.set(key, o);
  }
  const expectedKeys = new Set<string>();
  for (const e of expected) {
    const key = keyOf(e);
    expectedKeys.add(key);
    const actual = actualByKey.get(key);
    if (!actual) {
      failures.push(`missing obligation ${key}`);
      continue;
    }
    for (const [field, value] of Object.entries(e)) {
      const got = (actual as Record<string, unknown>)[field];
      if (!matches(value, got)) failures.push(`${key}.${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
    }
  }
  if (exhaustive) {
    for (const key of actualByKey.keys()) if (!expectedKeys.has(key)) failures.push(`unexpected obligation ${key}`);
  }
  for (const w of c.expect?.warnings ?? []) {
    if (!result.warnings.some((a) => matches(w, a))) failures.push(`missing warning ${JSON.stringify(w)}`);
  }
  return { result, failures };
}
