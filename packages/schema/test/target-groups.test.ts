import { describe, expect, it } from "vitest";
import { CaseloadQuery, isTargetGroup, parseWith, TARGET_GROUP_LABELS, TARGET_GROUPS } from "../src/index.js";

describe("target groups", () => {
  it("name every code in Danish, and only those codes", () => {
    expect(Object.keys(TARGET_GROUP_LABELS).sort()).toEqual([...TARGET_GROUPS].sort());
    expect(TARGET_GROUP_LABELS["kontanthjaelp-jobparat"]).toBe("Kontanthjælpsmodtagere, jobparate");
  });

  it("tells codes from other strings", () => {
    expect(TARGET_GROUPS.every(isTargetGroup)).toBe(true);
    expect(isTargetGroup("pensionister")).toBe(false);
    // Object keys inherited from the prototype are not target groups.
    expect(isTargetGroup("toString")).toBe(false);
  });

  it("are what the caseload query accepts, with a Danish field error for anything else", () => {
    for (const targetGroup of TARGET_GROUPS) expect(parseWith(CaseloadQuery, { targetGroup }).ok).toBe(true);
    expect(parseWith(CaseloadQuery, { targetGroup: "pensionister" })).toEqual({
      ok: false,
      errors: [{ path: "targetGroup", message: 'Ukendt målgruppe "pensionister"' }],
    });
    expect(parseWith(CaseloadQuery, { targetGroup: 7 })).toEqual({ ok: false, errors: [{ path: "targetGroup", message: "Ukendt målgruppe 7" }] });
  });
});
