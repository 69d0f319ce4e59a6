import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderTable } from "../src/format/table.js";

describe("renderTable", () => {
  it("aligns columns, right-aligns numbers and counts Danish letters as one column", () => {
    const lines = renderTable(
      [{ header: "Målgruppe" }, { header: "Antal", align: "right" }],
      [
        ["Førtidspensionister", "3"],
        ["Revalidender", "12"],
      ],
    );
    expect(lines).toEqual(["Målgruppe            Antal", "-------------------  -----", "Førtidspensionister      3", "Revalidender            12"]);
  });

  it("starts every column at the same place on every line", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "æ", "ø", "å", "–", "1", " "), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
        const lines = renderTable([{ header: "A" }, { header: "B" }, { header: "C" }], rows);
        // The dashed rule marks where each column starts.
        const starts = [...lines[1]!.matchAll(/-+/g)].map((m) => m.index);
        for (const [i, row] of rows.entries()) {
          const line = [...lines[i + 2]!];
          row.forEach((text, c) => {
            // Trailing spaces of a line are trimmed, so compare each cell without its own.
            const shown = text.trimEnd();
            expect(line.slice(starts[c], starts[c]! + [...shown].length).join("")).toBe(shown);
          });
        }
      }),
    );
  });
});
