import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceCommand } from "../src/commands/conformance.js";
import { capture, conformanceDir, conformanceRegimesDir, sampleInput, tempDir } from "./support.js";

describe("kontakt conformance", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("passes every shared worked example", async () => {
    const cases = readdirSync(conformanceDir).filter((n) => n.endsWith(".json")).length;
    expect(cases).toBeGreaterThanOrEqual(19);
    const output = capture();
    const exit = await conformanceCommand([conformanceDir], output);
    expect(output.stdout).toEqual([`${cases} passed, 0 failed`]);
    expect(exit).toBe(0);
  });

  it("passes every worked example of the regimes through time", async () => {
    const cases = readdirSync(conformanceRegimesDir).filter((n) => n.endsWith(".json")).length;
    expect(cases).toBeGreaterThanOrEqual(8);
    const output = capture();
    expect(await conformanceCommand([conformanceRegimesDir], output)).toBe(0);
    expect(output.stdout).toEqual([`${cases} passed, 0 failed`]);
  });

  it("lists each failing case with its failures, sorted by file name, and exits 1", async () => {
    await tmp.write("b-wrong.json", {
      name: "Forkert forventning",
      input: sampleInput,
      expect: { obligations: [{ forloebId: "f1", rule: "first-meeting", occurrence: 1, status: "missed" }], exhaustive: false },
    });
    await tmp.write("a-valid-but-expected-error.json", { input: sampleInput, expectError: true });
    await tmp.write("c-ok.json", { name: "Ok", input: sampleInput, expect: { obligations: [], exhaustive: false } });
    await tmp.write("d-not-a-case.json", sampleInput);
    await tmp.write("notes.txt", "not a case");
    const output = capture();
    expect(await conformanceCommand([tmp.dir], output)).toBe(1);
    expect(output.stdout).toEqual([
      "FEJL a-valid-but-expected-error.json",
      "  - expected the input to be refused, but it was evaluated",
      "FEJL b-wrong.json: Forkert forventning",
      '  - f1/first-meeting/1.status: expected "missed", got "met"',
      "FEJL d-not-a-case.json",
      "  - Filen er ikke et konformanstilfælde: feltet input mangler",
      "1 passed, 3 failed",
    ]);
  });

  it("reports a single failing case as 0 passed, 1 failed", async () => {
    const one = await tempDir();
    try {
      await one.write("only.json", { name: "Fejler", input: sampleInput, expectError: true });
      const output = capture();
      expect(await conformanceCommand([one.dir], output)).toBe(1);
      expect(output.stdout.at(-1)).toBe("0 passed, 1 failed");
    } finally {
      await one.remove();
    }
  });

  it("refuses a missing directory on stderr with exit 2", async () => {
    const output = capture();
    expect(await conformanceCommand([`${tmp.dir}/nowhere`], output)).toBe(2);
    expect(output.stdout).toEqual([]);
    expect(output.stderr).toEqual([`kontakt: Mappen ${tmp.dir}/nowhere findes ikke`]);
  });

  it("takes exactly one directory", async () => {
    expect(await conformanceCommand([], capture())).toBe(64);
    expect(await conformanceCommand(["a", "b"], capture())).toBe(64);
  });
});
