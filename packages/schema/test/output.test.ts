import { describe, expect, it } from "vitest";
import { EvaluationResult, InvalidResult, Obligation, PlanResult, Warning } from "../src/index.js";

const obligation = {
  forloebId: "f1",
  rule: "first-meeting",
  occurrence: 1,
  ruleSet: "forenklet",
  from: "2025-01-06",
  to: "2025-01-13",
  required: 1,
  kinds: ["individuel", "faelles"],
  held: 1,
  status: "met",
  satisfiedBy: ["s1"],
  plannedBy: [],
  legalBasis: { ruleSet: "forenklet", source: "Tabel 2", row: "Kontanthjælpsmodtagere", text: "…" },
  explanation: "Første samtale skal holdes senest en uge efter første henvendelse.",
};

describe("output schemas", () => {
  it("accept a well-formed obligation and result", () => {
    expect(Obligation.safeParse(obligation).success).toBe(true);
    expect(Obligation.safeParse({ ...obligation, rule: "requested-meeting", anmodningId: "a1" }).success).toBe(true);
    const warning = { code: "not-covered", forloebId: "f2", message: "Forløbet er ikke omfattet af reglerne" };
    expect(EvaluationResult.safeParse({ obligations: [obligation], warnings: [warning] }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ["unknown rule", { rule: "weekly" }],
    ["occurrence 0", { occurrence: 0 }],
    ["required 0", { required: 0 }],
    ["negative held", { held: -1 }],
    ["fractional occurrence", { occurrence: 1.5 }],
    ["unknown status", { status: "done" }],
    ["impossible date", { to: "2025-02-30" }],
    ["unknown kind", { kinds: ["gruppe"] }],
    ["empty legal source", { legalBasis: { ...obligation.legalBasis, source: "" } }],
    ["no rule set", { ruleSet: undefined }],
    ["the comparison-only rule set gaeldende", { ruleSet: "gaeldende" }],
  ])("refuse an obligation with %s", (_name, change) => {
    expect(Obligation.safeParse({ ...obligation, ...change }).success).toBe(false);
  });

  it("refuse an unknown warning code", () => {
    expect(Warning.safeParse({ code: "late", forloebId: "f1", message: "x" }).success).toBe(false);
  });

  it("InvalidResult needs at least one error", () => {
    expect(InvalidResult.safeParse({ errors: [] }).success).toBe(false);
    expect(InvalidResult.safeParse({ errors: [{ path: "asOf", message: "Feltet skal udfyldes" }] }).success).toBe(true);
  });

  it("a suggested meeting is never a cv meeting and covers at least one obligation", () => {
    const suggestion = {
      forloebId: "f1",
      date: "2025-01-08",
      kind: "individuel",
      holder: "jobcenter",
      covers: [{ forloebId: "f1", rule: "first-meeting", occurrence: 1 }],
      reason: "Første samtale.",
    };
    const plan = { ruleSet: "lab", asOf: "2025-01-06", suggestions: [suggestion], unplannable: [] };
    expect(PlanResult.safeParse(plan).success).toBe(true);
    expect(PlanResult.safeParse({ ...plan, suggestions: [{ ...suggestion, kind: "cv" }] }).success).toBe(false);
    expect(PlanResult.safeParse({ ...plan, suggestions: [{ ...suggestion, covers: [] }] }).success).toBe(false);
  });
});
