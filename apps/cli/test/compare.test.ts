import { readFileSync } from "node:fs";
import { compare } from "@kontaktplan/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareCommand } from "../src/commands/compare.js";
import { capture, caseFile, invalidInput, tempDir } from "./support.js";

const dagpenge = caseFile("02-forenklet-dagpenge-joint.json");

describe("kontakt compare", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("compares every regime by default, per forløb and per target group, the a-kasse apart, with STAR's note", async () => {
    const output = capture();
    expect(await compareCommand([dagpenge], output)).toBe(0);
    const lines = output.stdout;
    expect(lines[0]).toBe(
      "Mindste antal samtaler efter LAB (Tabel 1), forenklet kontaktforløb (Tabel 2), LAB 2019 (2020–2023), LAB 2024 (a-kassen holder de første samtaler) og LAB 2026 (mere fleksible kontaktforløb, foreløbig)",
    );
    const headers = lines.filter((l) => l.includes("0–6 mdr."));
    expect(headers).toHaveLength(2);
    for (const header of headers) expect(header).toMatch(/Regelsæt +Jobcentret 0–6 mdr\. .* A-kassen 12–24 mdr\.$/);
    // Dagpenge from 2025-01-06 under the 2024 rules: the jobcentre 3 in months 0–6 and the 16-month meeting, the a-kasse 3.
    expect(
      lines
        .find((l) => /^ +LAB 2024 /.test(l))!
        .trim()
        .split(/ +/)
        .slice(2),
    ).toEqual(["3", "0", "1", "3", "0", "0"]);
    expect(lines.filter((l) => /^ +Forskel /.test(l))).toHaveLength(0);
    expect(lines.at(-1)).toContain("fra 9 til 6 samtaler");
    expect(output.stderr).toEqual([]);
  });

  it("prints the engine's result with --json, for the rule sets asked for", async () => {
    const output = capture();
    expect(await compareCommand([dagpenge, "--json", "--rule-sets", "forenklet"], output)).toBe(0);
    expect(output.stdout).toHaveLength(1);
    const { input } = JSON.parse(readFileSync(dagpenge, "utf8")) as { input: unknown };
    expect(JSON.parse(output.stdout[0]!)).toEqual(compare(input, ["forenklet"]));
  });

  it("keeps the order given in --rule-sets", async () => {
    const output = capture();
    expect(await compareCommand([dagpenge, "--rule-sets=forenklet,lab"], output)).toBe(0);
    expect(output.stdout[1]).toBe("Forskel = LAB − Forenklet; et negativt tal er færre samtaler.");
  });

  it("refuses unknown or repeated rule sets as a usage error", async () => {
    const unknown = capture();
    expect(await compareCommand([dagpenge, "--rule-sets", "lab,ny"], unknown)).toBe(64);
    expect(unknown.stderr[0]).toBe("kontakt: ukendt regelsæt: ny; tilladt: lab, forenklet, lab2020, lab2024, lab2026, gaeldende");
    const repeated = capture();
    expect(await compareCommand([dagpenge, "--rule-sets", "lab,lab"], repeated)).toBe(64);
    expect(repeated.stderr[0]).toBe("kontakt: hvert regelsæt må kun nævnes én gang i --rule-sets");
    expect([...unknown.stdout, ...repeated.stdout]).toEqual([]);
  });

  it("reports refused input as Danish field errors on stderr and exits 2", async () => {
    const file = await tmp.write("invalid.json", invalidInput);
    const output = capture();
    expect(await compareCommand([file], output)).toBe(2);
    expect(output.stdout).toEqual([]);
    expect(output.stderr).toEqual([`kontakt: ${file} kan ikke bruges:`, "  asOf: Datoen 2025-02-30 findes ikke i kalenderen"]);
  });
});
