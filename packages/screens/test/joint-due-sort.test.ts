import { describe, expect, it } from "vitest";
import type { JointDueRow } from "@kontaktplan/schema";
import { daysLeftText, sortJointDue } from "../src/joint-due-sort.js";

function row(name: string, status: JointDueRow["status"], daysLeft: number): JointDueRow {
  return {
    forloebId: name, citizenId: name, name, cprMasked: "010180-xxxx", rule: "joint-by-3-months", occurrence: 1,
    from: "2025-01-01", to: "2025-04-01", required: 1, held: 0, status, daysLeft, akasseFravalgt: false, planned: [], explanation: "",
  };
}

const rows = [row("Åse", "open", 10), row("Bo", "missed", -3), row("Anna", "upcoming", 40), row("Carl", "open", 2)];

describe("sortJointDue", () => {
  it("puts overdue first by default (days left)", () => {
    expect(sortJointDue(rows, "daysLeft", "all").map((r) => r.name)).toEqual(["Bo", "Carl", "Åse", "Anna"]);
  });

  it("sorts names the Danish way (å last) and status by urgency", () => {
    expect(sortJointDue(rows, "name", "all").map((r) => r.name)).toEqual(["Anna", "Bo", "Carl", "Åse"]);
    expect(sortJointDue(rows, "status", "all").map((r) => r.name)).toEqual(["Bo", "Carl", "Åse", "Anna"]);
  });

  it("filters by status without changing the input", () => {
    expect(sortJointDue(rows, "daysLeft", "open").map((r) => r.name)).toEqual(["Carl", "Åse"]);
    expect(rows.map((r) => r.name)).toEqual(["Åse", "Bo", "Anna", "Carl"]);
  });
});

describe("daysLeftText", () => {
  it("says days left, today, or days overdue in Danish", () => {
    expect(daysLeftText(3)).toBe("3 dage tilbage");
    expect(daysLeftText(1)).toBe("1 dag tilbage");
    expect(daysLeftText(0)).toBe("Fristen er i dag");
    expect(daysLeftText(-5)).toBe("5 dage over fristen");
  });
});
