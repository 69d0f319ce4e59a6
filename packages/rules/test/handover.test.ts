import { describe, expect, it } from "vitest";
import type { Forloeb } from "@kontaktplan/schema";
import { handoverDay } from "../src/index.js";

const dagpenge = (over: Partial<Forloeb> = {}): Forloeb => ({ id: "f", borgerId: "b", ydelse: "dagpenge", start: "2025-01-06", ...over });

describe("the jobcentre's takeover of a dagpenge course from the a-kasse (RULES.md §8)", () => {
  it("is the beginning of month 4 for forløb that start from 2024, under the law in force", () => {
    expect(handoverDay(dagpenge(), "gaeldende")).toBe("2025-04-06");
    expect(handoverDay(dagpenge({ start: "2024-01-01" }), "gaeldende")).toBe("2024-04-01");
    expect(handoverDay(dagpenge({ start: "2026-07-01" }), "gaeldende")).toBe("2026-10-01");
    expect(handoverDay(dagpenge({ start: "2019-06-03" }), "lab2024")).toBe("2019-09-03");
  });

  it("moves one day later for every pause day, as the benefit clock does", () => {
    expect(handoverDay(dagpenge({ pauses: [{ from: "2025-03-03", to: "2025-03-14" }] }), "gaeldende")).toBe("2025-04-18");
  });

  it("does not exist where the jobcentre holds the course from the start, or the forløb ends first", () => {
    expect(handoverDay(dagpenge({ start: "2023-12-31" }), "gaeldende")).toBeNull();
    expect(handoverDay(dagpenge(), "forenklet")).toBeNull();
    expect(handoverDay(dagpenge(), "lab2020")).toBeNull();
    expect(handoverDay(dagpenge({ visiteretTilJobcenter: true }), "gaeldende")).toBeNull();
    expect(handoverDay(dagpenge({ end: "2025-04-05" }), "gaeldende")).toBeNull();
    expect(handoverDay(dagpenge({ end: "2025-04-06" }), "gaeldende")).toBe("2025-04-06");
    expect(handoverDay({ id: "k", borgerId: "b", ydelse: "kontanthjaelp", visitation: "jobparat", start: "2025-01-06" }, "gaeldende")).toBeNull();
  });
});
