import { describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import { USAGE } from "../src/usage.js";
import { capture, caseFile } from "./support.js";

describe("kontakt (dispatch)", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["hjælp"]]])("prints the Danish usage for %j and exits 0", async (argv) => {
    const output = capture();
    expect(await run(argv, output)).toBe(0);
    expect(output.stdout).toEqual([USAGE]);
    expect(output.stdout[0]).toMatch(/^Brug: kontakt <kommando>/);
    expect(output.stderr).toEqual([]);
  });

  it.each([["frobnicate"], ["constructor"], ["--json"]])("refuses the unknown command %s with usage on stderr and exit 64", async (name) => {
    const output = capture();
    expect(await run([name], output)).toBe(64);
    expect(output.stdout).toEqual([]);
    expect(output.stderr[0]).toBe(`kontakt: ukendt kommando: ${name}`);
    expect(output.stderr).toContain(USAGE);
  });

  it("hands the remaining arguments to the command", async () => {
    const output = capture();
    expect(await run(["evaluate", caseFile("01-forenklet-kontanthjaelp-jobparat.json")], output)).toBe(0);
    expect(output.stdout).toHaveLength(1);
  });
});
