import type { PlanResult } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { renderPlan } from "../src/format/plan.js";

const result: PlanResult = {
  ruleSet: "forenklet",
  asOf: "2025-03-01",
  suggestions: [
    {
      forloebId: "d1",
      date: "2025-03-04",
      kind: "faelles",
      holder: "jobcenter",
      covers: [
        { forloebId: "d1", rule: "joint-by-3-months", occurrence: 1 },
        { forloebId: "d1", rule: "joint-by-6-months", occurrence: 1 },
      ],
      reason: "Første fællessamtale.",
    },
    {
      forloebId: "k1",
      date: "2025-03-10",
      kind: "individuel",
      holder: "jobcenter",
      covers: [{ forloebId: "k1", rule: "requested-meeting", occurrence: 2 }],
      reason: "Borgeren har bedt om en samtale.",
    },
    {
      forloebId: "d2",
      date: "2025-03-11",
      kind: "akasse",
      holder: "akasse",
      covers: [{ forloebId: "d2", rule: "akasse-first-meeting", occurrence: 1 }],
      reason: "Første jobsamtale i a-kassen.",
    },
  ],
  unplannable: [{ forloebId: "k2", rule: "first-meeting", occurrence: 1, from: "2025-02-22", to: "2025-03-01", reason: "Ingen arbejdsdag i vinduet." }],
};

describe("renderPlan", () => {
  it("shows suggestions and unreachable obligations as aligned Danish tables", () => {
    expect(renderPlan(result)).toEqual([
      "Forslag til samtaler efter forenklet kontaktforløb (Tabel 2), opgjort 1. marts 2025",
      "",
      "Forløb  Dato            Holdes af   Samtaletype            Dækker                                                     Begrundelse",
      "------  --------------  ----------  ---------------------  ---------------------------------------------------------  --------------------------------",
      "d1      4. marts 2025   Jobcentret  Fællessamtale          fællessamtale inden 3 mdr., 2 fællessamtaler inden 6 mdr.  Første fællessamtale.",
      "k1      10. marts 2025  Jobcentret  Individuel samtale     samtale efter ønske nr. 2                                  Borgeren har bedt om en samtale.",
      "d2      11. marts 2025  A-kassen    Jobsamtale i a-kassen  første jobsamtale i a-kassen                               Første jobsamtale i a-kassen.",
      "",
      "Krav, der ikke kan nås:",
      "",
      "Forløb  Krav            Periode                           Begrundelse",
      "------  --------------  --------------------------------  ---------------------------",
      "k2      første samtale  22. februar 2025 – 1. marts 2025  Ingen arbejdsdag i vinduet.",
    ]);
  });

  it("says so when there is nothing to suggest", () => {
    expect(renderPlan({ ...result, suggestions: [], unplannable: [] }).at(-1)).toBe(
      "Ingen samtaler at foreslå: alle krav er opfyldt eller dækket af planlagte samtaler.",
    );
  });
});
