import type { EvaluationInput, Samtale } from "@kontaktplan/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, isInvalid, isWorkingDay, parseDay, plan } from "../src/index.js";
import { validInput } from "./arbitraries.js";

function planOrThrow(input: unknown) {
  const result = plan(input);
  if ("errors" in result) throw new Error(JSON.stringify(result.errors));
  return result;
}

const key = (o: { forloebId: string; rule: string; from: string; to: string }) => `${o.forloebId}/${o.rule}/${o.from}/${o.to}`;

describe("plan — property", () => {
  it("holding the suggested (and already planned) meetings meets every open or upcoming obligation it plans for", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const before = evaluate(input);
        if (isInvalid(before)) throw new Error(JSON.stringify(before.errors));
        const result = planOrThrow(input);
        const asOf = parseDay(input.asOf);
        const forloeb = new Map(input.forloeb.map((f) => [f.id, f]));

        for (const s of result.suggestions) {
          const f = forloeb.get(s.forloebId)!;
          const day = parseDay(s.date);
          expect(isWorkingDay(day), `${s.date} is a working day`).toBe(true);
          expect(day).toBeGreaterThanOrEqual(Math.max(asOf, parseDay(f.start)));
          if (f.end != null) expect(s.date <= f.end).toBe(true);
          expect(s.covers.length).toBeGreaterThan(0);
        }

        const held: Samtale[] = [
          ...(input.samtaler ?? []).map((s) => (s.status === "planlagt" && s.date >= input.asOf ? { ...s, status: "afholdt" as const } : s)),
          ...result.suggestions.map((s, i) => ({ id: `p${i}`, forloebId: s.forloebId, date: s.date, kind: s.kind, status: "afholdt" as const })),
        ];
        const after = evaluate({ ...input, samtaler: held });
        if (isInvalid(after)) throw new Error(JSON.stringify(after.errors));
        const metAfter = new Set(after.obligations.filter((o) => o.status === "met").map(key));
        const unplannable = new Set(result.unplannable.map(key));

        for (const o of before.obligations) {
          const end = forloeb.get(o.forloebId)!.end;
          const plannedFor = (o.status === "open" || o.status === "upcoming") && (end == null || o.to <= end);
          if (plannedFor && !unplannable.has(key(o))) expect(metAfter.has(key(o)), `${key(o)} is met`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("plan — examples", () => {
  const base: EvaluationInput = {
    ruleSet: "forenklet",
    asOf: "2025-12-22",
    forloeb: [{ id: "k", borgerId: "b", ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-12-22", end: null }],
  };

  it("plans the first meeting within the week on a working day, skipping Christmas", () => {
    const first = planOrThrow(base).suggestions[0]!;
    expect(first.date >= "2025-12-22" && first.date <= "2025-12-29").toBe(true);
    expect(["2025-12-24", "2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28"]).not.toContain(first.date);
    expect(first.covers).toEqual(
      expect.arrayContaining([
        { forloebId: "k", rule: "first-meeting", occurrence: 1 },
        { forloebId: "k", rule: "four-in-six-months", occurrence: 1 },
      ]),
    );
    expect(planOrThrow(base).suggestions).toHaveLength(4);
  });

  it("puts a dagpenge member's first meeting after the recorded CV-samtale", () => {
    const input: EvaluationInput = {
      ruleSet: "forenklet",
      asOf: "2025-03-03",
      forloeb: [{ id: "d", borgerId: "b", ydelse: "dagpenge", start: "2025-03-03", end: null }],
      samtaler: [{ id: "cv", forloebId: "d", date: "2025-03-12", kind: "cv", status: "planlagt" }],
    };
    const { suggestions } = planOrThrow(input);
    expect(suggestions.filter((s) => s.kind === "individuel")[0]!.date > "2025-03-12").toBe(true);
    expect(suggestions.filter((s) => s.kind === "faelles")).toHaveLength(3);
  });

  it("reports a request that no working day can answer in time", () => {
    const input: EvaluationInput = {
      ruleSet: "forenklet",
      asOf: "2025-12-24",
      anmodningFristDage: 1,
      forloeb: [{ id: "r", borgerId: "b", ydelse: "revalidering", start: "2025-01-01", end: null }],
      samtaler: ["2025-01-02", "2025-02-03", "2025-03-03", "2025-04-01"].map((date, i) => ({
        id: `s${i}`,
        forloebId: "r",
        date,
        kind: "individuel" as const,
        status: "afholdt" as const,
      })),
      anmodninger: [{ id: "a", forloebId: "r", date: "2025-12-24", by: "borger" }],
    };
    const result = planOrThrow(input);
    expect(result.suggestions).toEqual([]);
    expect(result.unplannable).toEqual([expect.objectContaining({ rule: "requested-meeting", occurrence: 1, from: "2025-12-24", to: "2025-12-25" })]);
    expect(result.unplannable[0]!.reason).toContain("ingen ledig arbejdsdag");
  });

  it("lets the a-kasse hold its own meetings under the 2024 rules and the jobcentre the rest", () => {
    const input: EvaluationInput = {
      ruleSet: "gaeldende",
      asOf: "2024-03-04",
      forloeb: [{ id: "d", borgerId: "b", ydelse: "dagpenge", start: "2024-03-04", end: null }],
    };
    const result = planOrThrow(input);
    const akasse = result.suggestions.filter((s) => s.holder === "akasse");
    const jobcentre = result.suggestions.filter((s) => s.holder === "jobcenter");
    expect(akasse.map((s) => s.kind)).toEqual(["akasse", "akasse", "akasse"]);
    // The first within 2 weeks of the start, every one within the first 3 months (to 3 June 2024).
    expect(akasse[0]!.date <= "2024-03-18").toBe(true);
    expect(akasse.every((s) => s.date <= "2024-06-03")).toBe(true);
    expect(akasse[0]!.covers).toContainEqual({ forloebId: "d", rule: "akasse-first-meeting", occurrence: 1 });
    // The jobcentre's three fall after month 3 and by month 6; the 16-month meeting is a joint one.
    const byMonth6 = jobcentre.filter((s) => s.covers.some((c) => c.rule === "jobcenter-three-by-6-months"));
    expect(byMonth6).toHaveLength(3);
    expect(byMonth6.every((s) => s.date >= "2024-06-04" && s.date <= "2024-09-03" && s.kind !== "akasse")).toBe(true);
    expect(jobcentre.some((s) => s.kind === "faelles" && s.covers.some((c) => c.rule === "joint-by-16-months"))).toBe(true);
  });

  it("plans only the first meeting and the 16-month meeting for an exempted member under the 2026 rules", () => {
    const input: EvaluationInput = {
      ruleSet: "lab2026",
      asOf: "2026-08-03",
      forloeb: [{ id: "d", borgerId: "b", ydelse: "dagpenge", start: "2026-08-03", end: null, undtaget: true }],
    };
    const rules = planOrThrow(input).suggestions.flatMap((s) => s.covers.map((c) => `${s.holder}:${c.rule}`));
    expect(rules.sort()).toEqual(["akasse:akasse-first-meeting", "jobcenter:joint-by-16-months"]);
  });

  it("refuses invalid input like evaluate does", () => {
    expect(plan({ ...base, asOf: "2025-02-30" })).toEqual({ errors: [expect.objectContaining({ path: "asOf" })] });
  });
});
