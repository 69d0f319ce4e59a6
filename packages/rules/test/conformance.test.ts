import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCase, type ConformanceCase } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
/** The worked examples of the rules, kept in the repository (copied from the specification's cases). */
const SHARED = join(here, "conformance");
/** The worked examples of RULES.md §8 (the regimes through time). */
const REGIMES = join(here, "conformance-regimes");
const OWN = join(here, "cases");
/** Our own cases for the regimes of §8. */
const OWN_REGIMES = join(here, "cases-regimes");

function load(dir: string): [string, ConformanceCase][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as ConformanceCase]);
}

describe.each([
  ["shared conformance cases", SHARED, 10],
  ["shared cases of the regimes through time", REGIMES, 7],
  ["our own hand-computed cases", OWN, 10],
  ["our own cases of the regimes through time", OWN_REGIMES, 20],
])("%s", (_label, dir, atLeast) => {
  const cases = load(dir);

  it("exist", () => {
    expect(cases.length).toBeGreaterThanOrEqual(atLeast);
  });

  it.each(cases)("%s", (_file, c) => {
    expect(checkCase(c).failures).toEqual([]);
  });
});

describe("checkCase itself", () => {
  const [, base] = load(SHARED).find(([f]) => f.startsWith("01-"))!;

  it("reports a wrong expected field", () => {
    const broken = structuredClone(base);
    broken.expect!.obligations![0]!.to = "2025-01-14";
    expect(checkCase(broken).failures).toEqual([expect.stringContaining("first-meeting/1.to")]);
  });

  it("reports an obligation the case did not expect, unless not exhaustive", () => {
    const fewer = structuredClone(base);
    fewer.expect!.obligations = fewer.expect!.obligations!.slice(1);
    expect(checkCase(fewer).failures).toEqual([expect.stringContaining("unexpected obligation f1/first-meeting/1")]);
    fewer.expect!.exhaustive = false;
    expect(checkCase(fewer).failures).toEqual([]);
  });

  it("reports a missing warning and an input that should have been refused", () => {
    const warned = structuredClone(base);
    warned.expect!.warnings = [{ code: "not-covered", forloebId: "f1" }];
    expect(checkCase(warned).failures).toEqual([expect.stringContaining("missing warning")]);
    expect(checkCase({ input: base.input, expectError: true }).failures).toHaveLength(1);
  });
});
