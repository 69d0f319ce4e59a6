import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RULE_IDS, RULE_SETS } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { RULE_DEFINITIONS, SEED } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const seedText = readFileSync(resolve(here, "../../../docs/source/forenklet-kontaktforloeb.txt"), "utf8");

/** The seed is a PDF extraction: words break across lines with hyphens, and spacing is ragged. */
const normalise = (s: string) => s.replace(/[\s\-"]+/g, "").toLowerCase();
const seed = normalise(seedText);

describe("legal basis", () => {
  const all = RULE_SETS.flatMap((rs) => RULE_DEFINITIONS[rs]);

  it.each(all.map((r) => [`${r.ruleSet} ${r.id} (${r.groups.join(", ")})`, r] as const))(
    "%s cites the seed verbatim",
    (_name, rule) => {
      expect(seed).toContain(normalise(rule.legalBasis.text));
      expect(rule.legalBasis.ruleSet).toBe(rule.ruleSet);
      expect(rule.legalBasis.row.length).toBeGreaterThan(3);
    },
  );

  it("cites Tabel 1 for LAB and Tabel 2 or the Initiativ text for the simplified rules, except the førtidspension note", () => {
    for (const rule of all) {
      const expected = rule.groups.includes("foertidspension")
        ? ["Tabel 1, note"]
        : rule.id === "requested-meeting"
          ? ["Initiativ"]
          : rule.ruleSet === "lab"
            ? ["Tabel 1"]
            : ["Tabel 2"];
      expect(expected).toContain(rule.legalBasis.source);
    }
  });

  it("every seed excerpt is used by some rule", () => {
    const cited = new Set(all.map((r) => r.legalBasis.text));
    for (const text of [...Object.values(SEED.lab), ...Object.values(SEED.forenklet)]) expect(cited).toContain(text);
  });

  it("every rule id of the schema is defined in some rule set", () => {
    const defined = new Set(all.map((r) => r.id));
    for (const id of RULE_IDS) expect(defined).toContain(id);
  });

  it("no group has the same rule twice in one rule set", () => {
    for (const rs of RULE_SETS) {
      const seen = new Set<string>();
      for (const rule of RULE_DEFINITIONS[rs]) {
        for (const group of rule.groups) {
          const key = `${rule.id}/${group}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
      }
    }
  });

  it("labels never contain ': ', which separates label from status in an explanation", () => {
    for (const rule of all) expect(rule.label).not.toContain(": ");
  });
});
