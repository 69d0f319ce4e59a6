import { describe, expect, it } from "vitest";
import { parseDay } from "../src/dates/day.js";
import { fillLabel, labelTemplate } from "../src/engine/label.js";

describe("rule labels with a placeholder", () => {
  it("puts the occurrence in place of {k}, the same text every time", () => {
    const t = labelTemplate("Samtale for hver 3 måneder på ydelse ({k}. periode)");
    expect(fillLabel(t, 3, undefined)).toBe("Samtale for hver 3 måneder på ydelse (3. periode)");
    expect(fillLabel(t, 12, undefined)).toBe("Samtale for hver 3 måneder på ydelse (12. periode)");
    expect(fillLabel(t, 3, undefined)).toBe("Samtale for hver 3 måneder på ydelse (3. periode)");
    expect(fillLabel(t, 5000, undefined)).toBe("Samtale for hver 3 måneder på ydelse (5000. periode)");
    expect(fillLabel(labelTemplate("Samtale i {k}. ledighedsmåned"), 2, undefined)).toBe("Samtale i 2. ledighedsmåned");
  });

  it("puts the followed meeting's Danish date in place of {m}, or nothing without one", () => {
    const t = labelTemplate("Opfølgning senest 4 uger efter samtalen {m}");
    expect(fillLabel(t, 1, parseDay("2025-01-06"))).toBe("Opfølgning senest 4 uger efter samtalen 6. januar 2025");
    expect(fillLabel(t, 2, undefined)).toBe("Opfølgning senest 4 uger efter samtalen ");
  });

  it("keeps a label without a placeholder as it is, and refuses two placeholders", () => {
    expect(fillLabel(labelTemplate("Samtale efter ønske"), 4, undefined)).toBe("Samtale efter ønske");
    expect(() => labelTemplate("{k}. samtale efter samtalen {m}")).toThrow();
  });
});
