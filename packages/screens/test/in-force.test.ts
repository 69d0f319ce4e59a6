import { describe, expect, it } from "vitest";
import { regimeInfo } from "@kontaktplan/schema";
import { inForceText, standingText } from "../src/rules/in-force.js";

describe("when a regime applies, in words", () => {
  it("gives its dates, open at either end", () => {
    expect(inForceText(regimeInfo("lab"))).toBe("Til og med 31. december 2019");
    expect(inForceText(regimeInfo("lab2020"))).toBe("1. januar 2020 – 31. december 2023");
    expect(inForceText(regimeInfo("lab2026"))).toBe("Fra 1. juli 2026");
    expect(inForceText(regimeInfo("forenklet"))).toBe("Aldrig i kraft som sådan");
  });

  it("says whether forløb starting today follow it", () => {
    expect(standingText(regimeInfo("lab2024"), "2026-03-11")).toBe("Gælder for forløb, der starter i dag");
    expect(standingText(regimeInfo("lab2024"), "2026-07-01")).toBe("Tidligere regler");
    expect(standingText(regimeInfo("lab2026"), "2026-03-11")).toBe("Kommende (foreløbig)");
    expect(standingText(regimeInfo("lab2026"), "2026-07-01")).toBe("Gælder for forløb, der starter i dag (foreløbig)");
    expect(standingText(regimeInfo("lab"), "2026-03-11")).toBe("Tidligere regler");
    expect(standingText(regimeInfo("forenklet"), "2026-03-11")).toBe("Forslag, aldrig vedtaget som sådan");
  });
});
