import { describe, expect, it } from "vitest";
import type { CompareGroupTotal } from "@kontaktplan/schema";
import { minimumOf, signedDifference, totalOverGroups } from "../src/jobcentre/compare-figures.js";

const group = (targetGroup: string, forloeb: number, lab: [number, number, number], forenklet: [number, number, number]): CompareGroupTotal => ({
  targetGroup,
  targetGroupLabel: targetGroup,
  forloeb,
  minimum: {
    lab: { "0-6": lab[0], "6-12": lab[1], "12-24": lab[2] },
    forenklet: { "0-6": forenklet[0], "6-12": forenklet[1], "12-24": forenklet[2] },
  },
  akasse: {},
});

describe("the comparison's figures", () => {
  it("sums every group per rule set and period for the total row", () => {
    const total = totalOverGroups([group("dagpenge", 3, [12, 6, 9], [12, 3, 3]), group("sygedagpenge", 2, [10, 8, 0], [6, 2, 0])], ["lab", "forenklet"]);
    expect(total).toEqual({
      forloeb: 5,
      minimum: { lab: { "0-6": 22, "6-12": 14, "12-24": 9 }, forenklet: { "0-6": 18, "6-12": 5, "12-24": 3 } },
    });
    expect(totalOverGroups([], ["lab"])).toEqual({ forloeb: 0, minimum: { lab: { "0-6": 0, "6-12": 0, "12-24": 0 } } });
  });

  it("reads a missing rule set as 0 and writes differences with a sign", () => {
    expect(minimumOf({ minimum: {} }, "lab", "0-6")).toBe(0);
    expect([signedDifference(2), signedDifference(-3), signedDifference(0)]).toEqual(["+2", "−3", "0"]);
  });
});
