import { plan } from "@kontaktplan/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planCommand } from "../src/commands/plan.js";
import { capture, caseFile, invalidInput, tempDir } from "./support.js";

/** Jobparat kontanthjælp under LAB with no meetings yet: the planner must suggest several. */
const fresh = {
  ruleSet: "lab",
  asOf: "2025-01-06",
  horizon: "2025-03-31",
  forloeb: [{ id: "k1", borgerId: "b1", ydelse: "kontanthjaelp", start: "2025-01-06", visitation: "jobparat" }],
};

describe("kontakt plan", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it("prints a Danish table with aligned columns and Danish dates", async () => {
    const file = await tmp.write("fresh.json", fresh);
    const output = capture();
    expect(await planCommand([file], output)).toBe(0);
    const [title, blank, header, rule, ...rows] = output.stdout;
    expect(title).toBe("Forslag til samtaler efter LAB (Tabel 1), opgjort 6. januar 2025");
    expect(blank).toBe("");
    expect(header).toMatch(/^Forløb +Dato +Holdes af +Samtaletype +Dækker +Begrundelse$/);
    expect(rule).toMatch(/^-+( +-+){5}$/);
    const result = plan(fresh);
    expect("suggestions" in result && result.suggestions.length).toBe(rows.length);
    // Each column starts where its header does.
    expect(rows[0]!.slice(header!.indexOf("Dato"))).toMatch(/^6\. januar 2025 +Jobcentret +Individuel samtale +første samtale, /);
    for (const row of rows) expect(row.slice(header!.indexOf("Samtaletype"))).toMatch(/^Individuel samtale {2}\S/);
    expect(output.stderr).toEqual([]);
  });

  it("prints the planner's result with --json", async () => {
    const file = await tmp.write("fresh-json.json", fresh);
    const output = capture();
    expect(await planCommand(["--json", file], output)).toBe(0);
    expect(output.stdout).toHaveLength(1);
    expect(JSON.parse(output.stdout[0]!)).toEqual(plan(fresh));
  });

  it("says so when nothing is left to plan", async () => {
    const output = capture();
    expect(await planCommand([caseFile("07-lab-sygedagpenge-every-4-weeks.json")], output)).toBe(0);
    expect(output.stdout.at(-1)).toBe("Ingen samtaler at foreslå: alle krav er opfyldt eller dækket af planlagte samtaler.");
  });

  it("reports refused input as Danish field errors on stderr and exits 2", async () => {
    const file = await tmp.write("invalid.json", invalidInput);
    const output = capture();
    expect(await planCommand([file], output)).toBe(2);
    expect(output.stdout).toEqual([]);
    expect(output.stderr).toEqual([`kontakt: ${file} kan ikke bruges:`, "  asOf: Datoen 2025-02-30 findes ikke i kalenderen"]);
  });

  it("with --json also puts the errors on stdout for a script", async () => {
    const file = await tmp.write("invalid-json.json", invalidInput);
    const output = capture();
    expect(await planCommand([file, "--json"], output)).toBe(2);
    expect(JSON.parse(output.stdout[0]!)).toEqual({ errors: [{ path: "asOf", message: "Datoen 2025-02-30 findes ikke i kalenderen" }] });
    expect(output.stderr).toHaveLength(2);
  });

  it("reports an unreadable file the same way", async () => {
    const output = capture();
    expect(await planCommand([`${tmp.dir}/missing.json`], output)).toBe(2);
    expect(output.stderr).toEqual([`kontakt: ${tmp.dir}/missing.json kan ikke bruges:`, `  Filen ${tmp.dir}/missing.json findes ikke`]);
  });

  it("takes exactly one file and no unknown options", async () => {
    expect(await planCommand([], capture())).toBe(64);
    expect(await planCommand(["a.json", "b.json"], capture())).toBe(64);
    expect(await planCommand(["a.json", "--rule-sets", "lab"], capture())).toBe(64);
  });
});
