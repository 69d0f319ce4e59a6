import { COMPARE_NOTE, type CompareResult } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { renderCompare } from "../src/format/compare.js";

const result: CompareResult = {
  ruleSets: ["lab", "forenklet"],
  rows: [
    {
      forloebId: "d1",
      borgerId: "b1",
      ydelse: "dagpenge",
      targetGroup: "dagpenge",
      targetGroupLabel: "Dagpengemodtagere",
      minimum: { lab: { "0-6": 5, "6-12": 2, "12-24": 4 }, forenklet: { "0-6": 6, "6-12": 0, "12-24": 4 } },
      akasse: { lab: { "0-6": 0, "6-12": 0, "12-24": 0 }, forenklet: { "0-6": 1, "6-12": 0, "12-24": 0 } },
    },
    {
      forloebId: "r1",
      borgerId: "b2",
      ydelse: "revalidering",
      targetGroup: "revalidering",
      targetGroupLabel: "Revalidender",
      minimum: { lab: { "0-6": 2, "6-12": 2, "12-24": 4 } },
      akasse: { lab: { "0-6": 0, "6-12": 0, "12-24": 0 } },
    },
  ],
  byTargetGroup: [
    {
      targetGroup: "dagpenge",
      targetGroupLabel: "Dagpengemodtagere",
      forloeb: 1,
      minimum: { lab: { "0-6": 5, "6-12": 2, "12-24": 4 }, forenklet: { "0-6": 6, "6-12": 0, "12-24": 4 } },
      akasse: { lab: { "0-6": 0, "6-12": 0, "12-24": 0 }, forenklet: { "0-6": 1, "6-12": 0, "12-24": 0 } },
    },
  ],
};

describe("renderCompare", () => {
  it("shows each rule set and the signed difference per forløb and per target group", () => {
    expect(renderCompare(result)).toEqual([
      "Mindste antal samtaler efter LAB (Tabel 1) og forenklet kontaktforløb (Tabel 2)",
      "Forskel = Forenklet − LAB; et negativt tal er færre samtaler.",
      "Jobcentrets samtaler (individuelle og fællessamtaler) og a-kassens egne jobsamtaler tælles hver for sig.",
      "",
      "Pr. forløb:",
      "",
      "Forløb  Borger  Målgruppe          Regelsæt   Jobcentret 0–6 mdr.  Jobcentret 6–12 mdr.  Jobcentret 12–24 mdr.  A-kassen 0–6 mdr.  A-kassen 6–12 mdr.  A-kassen 12–24 mdr.",
      "------  ------  -----------------  ---------  -------------------  --------------------  ---------------------  -----------------  ------------------  -------------------",
      "d1      b1      Dagpengemodtagere  LAB                          5                     2                      4                  0                   0                    0",
      "                                   Forenklet                    6                     0                      4                  1                   0                    0",
      "                                   Forskel                     +1                    −2                      0                 +1                   0                    0",
      "r1      b2      Revalidender       LAB                          2                     2                      4                  0                   0                    0",
      "                                   Forenklet                    –                     –                      –                  –                   –                    –",
      "                                   Forskel                      –                     –                      –                  –                   –                    –",
      "",
      "Pr. målgruppe:",
      "",
      "Målgruppe          Forløb  Regelsæt   Jobcentret 0–6 mdr.  Jobcentret 6–12 mdr.  Jobcentret 12–24 mdr.  A-kassen 0–6 mdr.  A-kassen 6–12 mdr.  A-kassen 12–24 mdr.",
      "-----------------  ------  ---------  -------------------  --------------------  ---------------------  -----------------  ------------------  -------------------",
      "Dagpengemodtagere       1  LAB                          5                     2                      4                  0                   0                    0",
      "                           Forenklet                    6                     0                      4                  1                   0                    0",
      "                           Forskel                     +1                    −2                      0                 +1                   0                    0",
      "",
      `Note: ${COMPARE_NOTE}`,
    ]);
    expect(COMPARE_NOTE).toContain("fra 9 til 6 samtaler");
  });

  it("has no difference line for a single rule set", () => {
    const lines = renderCompare({ ...result, ruleSets: ["lab"] });
    expect(lines.some((l) => l.includes("Forskel"))).toBe(false);
    expect(lines[0]).toBe("Mindste antal samtaler efter LAB (Tabel 1)");
  });

  it("says so when the input has no forløb", () => {
    expect(renderCompare({ ...result, rows: [], byTargetGroup: [] }).at(-1)).toBe("Ingen forløb i input.");
  });

  it("names three or more rule sets in one heading, without a difference line", () => {
    const lines = renderCompare({ ...result, ruleSets: ["lab2020", "lab2024", "lab2026"] });
    expect(lines[0]).toBe(
      "Mindste antal samtaler efter LAB 2019 (2020–2023), LAB 2024 (a-kassen holder de første samtaler) og LAB 2026 (mere fleksible kontaktforløb, foreløbig)",
    );
    expect(lines.some((l) => l.includes("Forskel"))).toBe(false);
  });
});
