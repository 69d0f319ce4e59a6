import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { caseFile, cliRoot, conformanceDir, repoRoot } from "./support.js";

// The package's test script compiles dist/ first, so this exercises what `pnpm kontakt` runs.
const main = join(cliRoot, "dist", "main.js");

function kontakt(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) => {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

describe("the built kontakt command", () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the cli first (its test script does)`);
  });

  it("prints exactly one JSON line per file and exits 0 when all evaluated", () => {
    const { status, stdout, stderr } = kontakt("evaluate", caseFile("01-forenklet-kontanthjaelp-jobparat.json"), caseFile("02-forenklet-dagpenge-joint.json"));
    expect(status).toBe(0);
    expect(jsonLines(stdout).map((r) => Object.keys(r))).toEqual([
      ["obligations", "warnings"],
      ["obligations", "warnings"],
    ]);
    expect(stderr).toBe("");
  });

  it("exits 2 when any file is invalid or unreadable, still one line per file", () => {
    const { status, stdout } = kontakt(
      "evaluate",
      caseFile("01-forenklet-kontanthjaelp-jobparat.json"),
      caseFile("92-invalid-date.json"),
      join(conformanceDir, "does-not-exist.json"),
    );
    expect(status).toBe(2);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ errors: [{ path: "asOf", message: "Datoen 2025-02-30 findes ikke i kalenderen" }] });
    expect(lines[2]).toEqual({ errors: [{ path: "", message: `Filen ${join(conformanceDir, "does-not-exist.json")} findes ikke` }] });
  });

  it("runs the shared conformance cases", () => {
    const { status, stdout } = kontakt("conformance", conformanceDir);
    expect(stdout).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(status).toBe(0);
  });

  it("shows Danish usage on --help and refuses unknown commands with 64", () => {
    const help = kontakt("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Brug: kontakt/);
    const unknown = kontakt("frobnicate");
    expect(unknown.status).toBe(64);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^kontakt: ukendt kommando: frobnicate\n/);
  });
});
