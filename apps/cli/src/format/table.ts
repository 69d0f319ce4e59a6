/** Plain-text tables with aligned columns, for terminals and fixed-width fonts. */

export interface Column {
  header: string;
  /** Numbers read best right-aligned; everything else defaults to left. */
  align?: "left" | "right";
}

const GAP = "  ";

// Code points, not UTF-16 units, so "æ", "ø", "–" and "−" each take one column.
const widthOf = (text: string): number => [...text].length;

function pad(text: string, width: number, align: Column["align"]): string {
  const fill = " ".repeat(width - widthOf(text));
  return align === "right" ? fill + text : text + fill;
}

/** Header, a rule of dashes, then one line per row; trailing spaces are trimmed. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(widthOf(c.header), ...rows.map((r) => widthOf(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(cells[i] ?? "", widths[i] ?? 0, c.align))
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
