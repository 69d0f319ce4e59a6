import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, isInvalid, type ConformanceCase } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const CASE_FOLDERS = ["conformance", "conformance-regimes", "cases", "cases-regimes"].map((d) => join(here, d));

/**
 * Words a caseworker must never read in the engine's sentences: the code's values and the
 * project's own name for its source document ("seed, note 1" once reached the screen).
 */
const TECHNICAL = /\b(seed|true|false|null|undefined|NaN)\b|\[object /i;

const cases = CASE_FOLDERS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as ConformanceCase] as const),
);

describe("the engine's sentences are plain Danish", () => {
  it("covers the not-covered warnings of every group", () => {
    const warned = cases.flatMap(([, c]) => {
      const result = evaluate(c.input);
      return isInvalid(result) ? [] : result.warnings.filter((w) => w.code === "not-covered");
    });
    expect(new Set(warned.map((w) => w.message)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)("%s: explanations and warnings without technical words", (_file, c) => {
    const result = evaluate(c.input);
    if (isInvalid(result)) return;
    const sentences = [...result.obligations.map((o) => o.explanation), ...result.warnings.map((w) => w.message)];
    for (const sentence of sentences) expect(sentence).not.toMatch(TECHNICAL);
  });
});
