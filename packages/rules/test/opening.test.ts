import { describe, expect, it } from "vitest";
import { parseDay } from "../src/dates/day.js";
import { opening, openingTemplate } from "../src/engine/opening.js";

describe("how explanations open: the rule's label and a colon", () => {
  it("puts the occurrence in place of {k}, the same text every time", () => {
    const t = openingTemplate("Samtale for hver 3 måneder på ydelse ({k}. periode)");
    expect(opening(t, 3, undefined)).toBe("Samtale for hver 3 måneder på ydelse (3. periode): ");
    expect(opening(t, 12, undefined)).toBe("Samtale for hver 3 måneder på ydelse (12. periode): ");
    expect(opening(t, 3, undefined)).toBe("Samtale for hver 3 måneder på ydelse (3. periode): ");
    expect(opening(t, 5000, undefined)).toBe("Samtale for hver 3 måneder på ydelse (5000. periode): ");
    expect(opening(openingTemplate("Samtale i {k}. ledighedsmåned"), 2, undefined)).toBe("Samtale i 2. ledighedsmåned: ");
  });

  it("puts the followed meeting's Danish date in place of {m}, or nothing without one", () => {
    const t = openingTemplate("Opfølgning senest 4 uger efter samtalen {m}");
    expect(opening(t, 1, parseDay("2025-01-06"))).toBe("Opfølgning senest 4 uger efter samtalen 6. januar 2025: ");
    expect(opening(t, 2, undefined)).toBe("Opfølgning senest 4 uger efter samtalen : ");
  });

  it("keeps a label without a placeholder as it is, and refuses two placeholders", () => {
    expect(opening(openingTemplate("Samtale efter ønske"), 4, undefined)).toBe("Samtale efter ønske: ");
    expect(() => openingTemplate("{k}. samtale efter samtalen {m}")).toThrow();
  });
});
