import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEvaluationInput } from "../src/index.js";

/** packages/schema, from this file's location (never a hard-coded absolute path). */
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONFORMANCE = resolve(packageDir, "../rules/test/conformance");

interface Case {
  name: string;
  input: unknown;
  expectError?: boolean;
}

const cases: [string, Case][] = readdirSync(CONFORMANCE)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(CONFORMANCE, f), "utf8")) as Case]);

const invalid = cases.filter(([, c]) => c.expectError === true);
const valid = cases.filter(([, c]) => c.expectError !== true);

describe("shared conformance cases", () => {
  it("are found, both kinds", () => {
    expect(valid.length).toBeGreaterThanOrEqual(10);
    expect(invalid.length).toBeGreaterThanOrEqual(5);
  });

  it.each(invalid)("%s is refused", (_file, c) => {
    const result = parseEvaluationInput(c.input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message).not.toBe("");
    }
  });

  it.each(valid)("%s is accepted", (_file, c) => {
    const result = parseEvaluationInput(c.input);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe("the invalid conformance cases fail for the reason their names give", () => {
  const pathsFor = (prefix: string): string[] => {
    const found = invalid.find(([f]) => f.startsWith(prefix));
    if (!found) return expect.fail(`no conformance case ${prefix}*`);
    const result = parseEvaluationInput(found[1].input);
    return result.ok ? [] : result.errors.map((e) => e.path);
  };

  it.each<[string, string]>([
    ["90-", "forloeb.1.start"],
    ["91-", "samtaler.0.kind"],
    ["92-", "asOf"],
    ["93-", "forloeb.0.visitation"],
    ["94-", "samtaler.0.forloebId"],
    ["95-", "forloeb.0.forventetFravaerOver8Uger"],
  ])("%s* at %s", (prefix, path) => {
    expect(pathsFor(prefix)).toEqual([path]);
  });
});
