import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EvaluationResult } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { evaluate, isInvalid } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));

const jobparat = {
  ruleSet: "forenklet",
  asOf: "2025-03-01",
  forloeb: [{ id: "f1", borgerId: "b1", ydelse: "kontanthjaelp", start: "2025-01-06", end: null, visitation: "jobparat" }],
  samtaler: [
    { id: "s1", forloebId: "f1", date: "2025-01-10", kind: "individuel", status: "afholdt" },
    { id: "s2", forloebId: "f1", date: "2025-02-14", kind: "individuel", status: "afholdt" },
  ],
};

function obligations(input: unknown) {
  const result = evaluate(input);
  if (isInvalid(result)) throw new Error(JSON.stringify(result.errors));
  return result.obligations;
}

describe("explanations", () => {
  it("say in one Danish sentence where an open obligation stands", () => {
    const four = obligations(jobparat).find((o) => o.rule === "four-in-six-months")!;
    expect(four.explanation).toBe("4 samtaler i løbet af de første 6 måneder: 2 af 4 afholdt, frist 5. juli 2025.");
  });

  it("cover every status", () => {
    const texts = obligations({ ...jobparat, asOf: "2025-08-01", forloeb: [{ ...jobparat.forloeb[0], end: "2025-06-30" }] }).map((o) => o.explanation);
    expect(texts).toContain("Første samtale inden for 1 uge fra første henvendelse: 1 af 1 afholdt – opfyldt.");
    expect(texts).toContain(
      "4 samtaler i løbet af de første 6 måneder: 2 af 4 afholdt – bortfaldet, da forløbet sluttede 30. juni 2025 før fristen 5. juli 2025.",
    );
    const missed = obligations({ ...jobparat, samtaler: [] }).find((o) => o.rule === "first-meeting")!;
    expect(missed.explanation).toBe("Første samtale inden for 1 uge fra første henvendelse: 0 af 1 afholdt – fristen 13. januar 2025 er overskredet.");
    const upcoming = obligations({ ...jobparat, ruleSet: "lab", asOf: "2025-01-06" }).find((o) => o.rule === "four-per-12-months" && o.occurrence === 2)!;
    expect(upcoming.explanation).toBe("4 samtaler inden for hver 12 måneder (2. periode): perioden begynder 6. januar 2026, frist 5. januar 2027.");
  });

  it("mention planned meetings", () => {
    const planned = {
      ...jobparat,
      samtaler: [...jobparat.samtaler, { id: "s3", forloebId: "f1", date: "2025-03-20", kind: "individuel", status: "planlagt" }],
    };
    const four = obligations(planned).find((o) => o.rule === "four-in-six-months")!;
    expect(four.explanation).toBe("4 samtaler i løbet af de første 6 måneder: 2 af 4 afholdt (1 planlagt), frist 5. juli 2025.");
  });
});

describe("output contract", () => {
  it("every result over the shared cases satisfies the schema's output type", () => {
    const dir = resolve(here, "conformance");
    for (const file of readdirSync(dir)) {
      const c = JSON.parse(readFileSync(join(dir, file), "utf8")) as { input: unknown; expectError?: boolean };
      const result = evaluate(c.input);
      if (c.expectError) expect(isInvalid(result)).toBe(true);
      else expect(EvaluationResult.safeParse(result).success, file).toBe(true);
    }
  });

  it("refuses invalid input as a whole with dotted paths and Danish messages", () => {
    const result = evaluate({ ...jobparat, forloeb: [{ ...jobparat.forloeb[0], visitation: "uddannelsesparat" }] });
    expect(result).toEqual({
      errors: [
        {
          path: "forloeb.0.visitation",
          message: "Visitationskategorien uddannelsesparat passer ikke til kontanthjælp; tilladt: jobparat, aktivitetsparat",
        },
      ],
    });
  });

  it("is deterministic and does not mutate its input", () => {
    const input = structuredClone(jobparat);
    const first = evaluate(input);
    expect(input).toEqual(jobparat);
    expect(evaluate(input)).toEqual(first);
  });
});

describe("purity", () => {
  it("the engine's source reads no clock, no environment and no files", () => {
    const srcDir = resolve(here, "../src");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name)) {
          const text = readFileSync(path, "utf8");
          if (/Date\.now\(|new Date\(\)|process\.|from "node:|require\(/.test(text)) offenders.push(path);
        }
      }
    };
    walk(srcDir);
    expect(offenders).toEqual([]);
  });
});
