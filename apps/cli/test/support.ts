import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Output } from "../src/output.js";

const here = dirname(fileURLToPath(import.meta.url));
export const cliRoot = resolve(here, "..");
export const repoRoot = resolve(here, "../../..");
/** The worked examples, kept in the repository by the rules package. */
export const conformanceDir = resolve(repoRoot, "packages/rules/test/conformance");
export const conformanceRegimesDir = resolve(repoRoot, "packages/rules/test/conformance-regimes");
export const caseFile = (name: string) => join(conformanceDir, name);

export interface Captured extends Output {
  stdout: string[];
  stderr: string[];
}

export function capture(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

/** A fresh directory under the OS temp dir; `write` puts JSON (or raw text) in it. */
export async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), "kontakt-cli-"));
  return {
    dir,
    write: async (name: string, content: unknown) => {
      const path = join(dir, name);
      await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A small valid input: one jobparat kontanthjælp forløb with one held meeting. */
export const sampleInput = {
  ruleSet: "forenklet",
  asOf: "2025-03-01",
  forloeb: [{ id: "f1", borgerId: "b1", ydelse: "kontanthjaelp", start: "2025-01-06", visitation: "jobparat" }],
  samtaler: [{ id: "s1", forloebId: "f1", date: "2025-01-10", kind: "individuel", status: "afholdt" }],
};

export const invalidInput = { ...sampleInput, asOf: "2025-02-30" };
