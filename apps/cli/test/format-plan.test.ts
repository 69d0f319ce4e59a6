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
      covers: [{ forloebId: "k1", rule: "requested-meeting", occurrence: 2 }],
      reason: "Borgeren har bedt om en samtale.",
    },
  ],
  unplannable: [
    { forloebId: "k2", rule: "first-meeting", occurrence: 1, from: "2025-02-22", to: "2025-03-01", reason: "Ingen arbejdsdag i vinduet." },
  ],
};

describe("renderPlan", () => {
  it("shows suggestions and unreachable obligations as aligned Danish tables", () => {
    expect(renderPlan(result)).toEqual([
      "Forslag til samtaler efter forenklet kontaktforløb (Tabel 2), opgjort 1. marts 2025",
      "",
      "Forløb  Dato            Samtaletype         Dækker                                                     Begrundelse",
      "------  --------------  ------------------  ---------------------------------------------------------  --------------------------------",
      "d1      4. marts 2025   Fællessamtale       fællessamtale inden 3 mdr., 2 fællessamtaler inden 6 mdr.  Første fællessamtale.",
      "k1      10. marts 2025  Individuel samtale  samtale efter ønske nr. 2                                  Borgeren har bedt om en samtale.",
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
