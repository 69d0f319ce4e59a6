/**
 * CSV files that Excel opens as they are in Denmark: UTF-8 with a byte order mark (or æøå break),
 * semicolons (the comma is the Danish decimal mark), CRLF lines.
 */
export type CsvCell = string | number | null;

/**
 * Text starting with = + - @ (or a tab or carriage return) is a formula to a spreadsheet: a name
 * like "=HYPERLINK(…)" typed into Kontaktplan must stay text there, so it gets a leading quote.
 * Numbers are written by us, never typed by a user, and stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/** Hand the file to the browser as a download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
