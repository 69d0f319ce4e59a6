import { describe, expect, it } from "vitest";
import { REGIME_DEFINITIONS } from "@kontaktplan/rules/definitions";
import { groupsText, holderText, regimeRules, requirementText } from "../src/rule-text.js";

const rule = (regime: keyof typeof REGIME_DEFINITIONS, id: string, group?: string) =>
  REGIME_DEFINITIONS[regime].rules.find((r) => r.id === id && (group === undefined || (r.groups as readonly string[]).includes(group)))!;

describe("a rule in words, for the Regler page", () => {
  it("says what the rule asks for without an occurrence", () => {
    expect(requirementText(rule("lab", "monthly-first-6-months"))).toBe("Samtale i 2.–6. ledighedsmåned");
    expect(requirementText(rule("lab", "quarterly-after-6-months"))).toBe("Samtale for hver 3 måneders ledighed efter de første 6 måneder");
    expect(requirementText(rule("lab", "every-4-weeks"))).toBe("Opfølgning senest 4 uger efter samtalen");
    expect(requirementText(rule("lab2024", "akasse-first-meeting"))).toBe("Første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende");
    for (const definition of Object.values(REGIME_DEFINITIONS)) {
      for (const r of definition.rules) expect(requirementText(r)).not.toMatch(/[{}]/);
    }
  });

  it("names the groups with the flags the rule depends on, and who holds its meetings", () => {
    expect(groupsText(rule("lab2024", "six-in-six-months"))).toBe("Dagpengemodtagere (visiteret til jobcentret efter § 27, stk. 3)");
    expect(groupsText(rule("lab2026", "akasse-two-in-3-months"))).toBe(
      "Dagpengemodtagere (ikke visiteret til jobcentret efter § 27, stk. 3; ikke undtaget fra minimumskrav)",
    );
    expect(groupsText(rule("lab", "six-per-12-months"))).toBe("Ressourceforløb, Jobafklaringsforløb");
    expect(holderText(rule("lab2024", "akasse-three-in-3-months"))).toBe("A-kassen");
    expect(holderText(rule("lab2020", "joint-3-to-6-months"))).toBe("Jobcentret med a-kassen (fællessamtale)");
    expect(holderText(rule("lab2020", "four-in-six-months", "dagpenge"))).toBe("Jobcentret (kun individuelle samtaler)");
  });

  it("lists a regime's rules from the data, marked against the regime before it, with the rules it dropped", () => {
    const rules = regimeRules("lab2024");
    expect(rules.follows).toBe("lab2020");
    expect(rules.changes).toBe(REGIME_DEFINITIONS.lab2024.changes);
    expect(rules.rules).toHaveLength(REGIME_DEFINITIONS.lab2024.rules.length);
    expect(rules.rules[0]).toEqual({
      requirement: "Første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende",
      groups: "Dagpengemodtagere (ikke visiteret til jobcentret efter § 27, stk. 3)",
      holder: "A-kassen",
      source: "LAB § 31, stk. 4",
      text: REGIME_DEFINITIONS.lab2024.rules[0]!.legalBasis.text,
      change: "new",
    });
    expect(rules.dropped).toContainEqual({ requirement: "Fællessamtale med a-kassen mellem 3 og 6 måneders ledighed", groups: "Dagpengemodtagere" });
  });
});
