import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../src/export/csv.js";
import { caseloadCsv } from "../src/export/tables.js";

describe("CSV for Excel", () => {
  it("starts with a byte order mark, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv(["Navn", "Antal"], [["Åse Ø", 3]])).toBe("\uFEFFNavn;Antal\r\nÅse Ø;3\r\n");
  });

  it("quotes cells holding separators, quotes or line breaks", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('sagt "ja"')).toBe('"sagt ""ja"""');
    expect(csvCell("to\nlinjer")).toBe('"to\nlinjer"');
    expect(csvCell(null)).toBe("");
  });

  it("keeps text that looks like a formula as text", () => {
    for (const formula of ["=1+1", "+45 1234", "-2+3", "@SUM(A1)", "\t=1"]) expect(csvCell(formula)).toBe(`'${formula}`);
    expect(csvCell('=HYPERLINK("x";"y")')).toBe(`"'=HYPERLINK(""x"";""y"")"`);
    expect(csvCell("Karl")).toBe("Karl");
    expect(csvCell(-3)).toBe("-3");
  });

  it("exports the caseload with masked CPR numbers", () => {
    const csv = caseloadCsv([
      {
        citizenId: "c1",
        name: "=Karl",
        cprMasked: "010190-xxxx",
        caseworkerId: null,
        ydelse: "kontanthjaelp",
        targetGroup: "kontanthjaelp-jobparat",
        targetGroupLabel: "Kontanthjælpsmodtagere, jobparate",
        nextDeadline: "2025-03-06",
        nextDeadlineRule: "requested-meeting",
        overdueSince: "2025-02-10",
        counts: { met: 0, lapsed: 0, missed: 1, upcoming: 0, open: 2 },
      },
    ]);
    expect(csv.split("\r\n")[1]).toBe("'=Karl;010190-xxxx;Kontanthjælpsmodtagere, jobparate;2025-03-06;2025-02-10;1;2;0;0");
    expect(csv).not.toContain("1202");
  });
});
