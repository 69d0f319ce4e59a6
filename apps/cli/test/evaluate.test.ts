import { evaluate } from "@kontaktplan/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateCommand } from "../src/commands/evaluate.js";
import { capture, caseFile, invalidInput, sampleInput, tempDir } from "./support.js";

describe("kontakt evaluate", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("prints the engine's result for a bare input as one JSON line and exits 0", async () => {
    const file = await tmp.write("bare.json", sampleInput);
    const output = capture();
    expect(await evaluateCommand([file], output)).toBe(0);
    expect(output.stdout).toHaveLength(1);
    expect(JSON.parse(output.stdout[0]!)).toEqual(evaluate(sampleInput));
    expect(Object.keys(JSON.parse(output.stdout[0]!))).toEqual(["obligations", "warnings"]);
    expect(output.stderr).toEqual([]);
  });

  it("unwraps a conformance case and keeps the files' order", async () => {
    const wrapped = await tmp.write("case.json", { name: "eksempel", input: sampleInput, expect: { obligations: [] } });
    const output = capture();
    expect(await evaluateCommand([caseFile("92-invalid-date.json"), wrapped], output)).toBe(2);
    expect(output.stdout.map((l) => JSON.parse(l) as object)).toEqual([
      { errors: [{ path: "asOf", message: "Datoen 2025-02-30 findes ikke i kalenderen" }] },
      evaluate(sampleInput),
    ]);
  });

  it("turns unreadable files and malformed JSON into Danish error lines, and carries on", async () => {
    const broken = await tmp.write("broken.json", "{ not json");
    const valid = await tmp.write("valid.json", sampleInput);
    const missing = `${tmp.dir}/missing.json`;
    const output = capture();
    expect(await evaluateCommand([missing, broken, tmp.dir, valid], output)).toBe(2);
    expect(output.stdout.map((l) => JSON.parse(l) as unknown)).toEqual([
      { errors: [{ path: "", message: `Filen ${missing} findes ikke` }] },
      { errors: [{ path: "", message: `Filen ${broken} indeholder ikke gyldig JSON` }] },
      { errors: [{ path: "", message: `${tmp.dir} er en mappe, ikke en fil` }] },
      evaluate(sampleInput),
    ]);
  });

  it("exits 2 for refused input", async () => {
    const file = await tmp.write("invalid.json", invalidInput);
    const output = capture();
    expect(await evaluateCommand([file], output)).toBe(2);
    expect(JSON.parse(output.stdout[0]!)).toEqual({ errors: [{ path: "asOf", message: "Datoen 2025-02-30 findes ikke i kalenderen" }] });
  });

  it("needs at least one file", async () => {
    const output = capture();
    expect(await evaluateCommand([], output)).toBe(64);
    expect(output.stdout).toEqual([]);
    expect(output.stderr[0]).toBe("kontakt: evaluate kræver mindst én fil");
  });
});
