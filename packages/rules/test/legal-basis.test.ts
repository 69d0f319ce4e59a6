import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REGIME_CODES, RULE_IDS, SEED_SOURCES } from "@kontaktplan/schema";
import { describe, expect, it } from "vitest";
import { LAB2020_TEXT, LAB2024_TEXT, LAB2026_TEXT, RULE_DEFINITIONS, SEED } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const read = (file: string) => readFileSync(resolve(here, "../../../docs/source", file), "utf8");

/** The seed is a PDF extraction: words break across lines with hyphens, and spacing is ragged. */
const normalise = (s: string) => s.replace(/[\s\-"]+/g, "").toLowerCase();
const seed = normalise(read("forenklet-kontaktforloeb.txt"));
/** The repository's copy of the law excerpts the enacted regimes cite (line breaks are not part of the text). */
const law = normalise(read("lab-uddrag.md"));

const isSeedSource = (source: string) => (SEED_SOURCES as readonly string[]).includes(source);

describe("legal basis", () => {
  const all = REGIME_CODES.flatMap((rs) => RULE_DEFINITIONS[rs]);

  it.each(all.map((r) => [`${r.ruleSet} ${r.id} (${r.groups.join(", ")})`, r] as const))("%s cites its source verbatim", (_name, rule) => {
    expect(isSeedSource(rule.legalBasis.source) ? seed : law).toContain(normalise(rule.legalBasis.text));
    expect(rule.legalBasis.ruleSet).toBe(rule.ruleSet);
    expect(rule.legalBasis.row.length).toBeGreaterThan(3);
  });

  it("cites Tabel 1 for LAB and Tabel 2 or the Initiativ text for the simplified rules, except the førtidspension note", () => {
    for (const rule of all.filter((r) => r.ruleSet === "lab" || r.ruleSet === "forenklet")) {
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

  it("the enacted regimes cite a law and section (or STAR for 2026), førtidspension aside", () => {
    for (const rule of all.filter((r) => r.ruleSet !== "lab" && r.ruleSet !== "forenklet" && !r.groups.includes("foertidspension"))) {
      expect(rule.legalBasis.source).toMatch(/^(LAB § 3[12], stk\. \d|Sygedagpengeloven § 13 b, stk\. 1|STAR om lov nr\. 1750)/);
    }
  });

  it("marks every lab2026 rule, and only those, provisional", () => {
    for (const rule of all) expect(rule.legalBasis.provisional === true, `${rule.ruleSet} ${rule.id}`).toBe(rule.ruleSet === "lab2026");
  });

  it("every seed and law excerpt is used by some rule", () => {
    const cited = new Set(all.map((r) => r.legalBasis.text));
    const excerpts = [SEED.lab, SEED.forenklet, LAB2020_TEXT, LAB2024_TEXT, LAB2026_TEXT].flatMap((t) => Object.values(t));
    for (const text of excerpts) expect(cited).toContain(text);
  });

  it("every rule id of the schema is defined in some rule set", () => {
    const defined = new Set(all.map((r) => r.id));
    for (const id of RULE_IDS) expect(defined).toContain(id);
  });

  it("no group has the same rule twice in one rule set under the same conditions", () => {
    for (const rs of REGIME_CODES) {
      const seen = new Set<string>();
      for (const rule of RULE_DEFINITIONS[rs]) {
        for (const group of rule.groups) {
          const key = `${rule.id}/${group}/${JSON.stringify(rule.when ?? {})}`;
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
