import { describe, expect, it } from "vitest";
import { REGIME_CODES } from "@kontaktplan/schema";
import { regimeChanges, REGIME_DEFINITIONS } from "../src/index.js";

function summary(regime: Parameters<typeof regimeChanges>[0]) {
  const c = regimeChanges(regime);
  const ids = (change: string) => [...new Set(c.rules.filter((r) => r.change === change).map((r) => r.rule.id))].sort();
  return { new: ids("new"), changed: ids("changed"), dropped: c.dropped.map((d) => `${d.rule.id}: ${d.groups.join(", ")}`).sort() };
}

describe("what each regime changed (the Regler page)", () => {
  it("has every regime say, in Danish, what it changed against the regime it followed", () => {
    for (const regime of REGIME_CODES) {
      const d = REGIME_DEFINITIONS[regime];
      expect(d.changes.length).toBeGreaterThan(80);
      if (d.follows !== null) expect(REGIME_CODES).toContain(d.follows);
    }
    expect(REGIME_CODES.filter((r) => REGIME_DEFINITIONS[r].follows === null)).toEqual(["lab"]);
  });

  it("gives the a-kasse the first months in 2024, and drops the joint meetings by 3 and 6 months", () => {
    expect(summary("lab2024")).toEqual({
      new: ["akasse-first-meeting", "akasse-three-in-3-months", "jobcenter-three-by-6-months", "six-in-six-months"],
      changed: [],
      dropped: ["four-in-six-months: dagpenge", "joint-3-to-6-months: dagpenge", "joint-by-3-months: dagpenge"],
    });
    // The rules the amendment left alone are the same, whatever their new source.
    const same = regimeChanges("lab2024")
      .rules.filter((r) => r.change === "same")
      .map((r) => r.rule.id);
    expect(same).toEqual(expect.arrayContaining(["joint-by-16-months", "requested-meeting", "first-meeting", "four-in-six-months"]));
  });

  it("lowers the a-kasse's and the jobcentre's counts in 2026 and makes the pool's minimums exemptible", () => {
    expect(summary("lab2026")).toEqual({
      new: ["akasse-two-in-3-months", "jobcenter-two-by-6-months"],
      changed: ["four-in-six-months", "six-in-six-months"],
      dropped: ["akasse-three-in-3-months: dagpenge", "jobcenter-three-by-6-months: dagpenge"],
    });
    // Only the pool's four meetings became exemptible; the other groups' (sygedagpenge's too) are the same as in 2024.
    const four = regimeChanges("lab2026").rules.filter((r) => r.rule.id === "four-in-six-months");
    expect(four.map((r) => [r.rule.groups.includes("ledighedsydelse"), r.rule.groups.includes("sygedagpenge"), r.change])).toEqual([
      [true, false, "changed"],
      [false, false, "same"],
      [false, true, "same"],
    ]);
  });

  it("counts every rule of the first regime as new, and nothing as dropped", () => {
    const c = regimeChanges("lab");
    expect(c.follows).toBeNull();
    expect(c.rules.every((r) => r.change === "new")).toBe(true);
    expect(c.dropped).toEqual([]);
  });
});
