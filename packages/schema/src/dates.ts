import { z } from "zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as yyyy-mm-dd (2025-02-30 is not one). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A calendar date (Europe/Copenhagen) as ISO yyyy-mm-dd. */
export const IsoDate = z.string().refine(isValidIsoDate, {
  error: (iss) =>
    typeof iss.input === "string" && ISO_DATE.test(iss.input)
      ? `Datoen ${iss.input} findes ikke i kalenderen`
      : "Datoen skal skrives som åååå-mm-dd, fx 2025-01-06",
});
export type IsoDate = z.infer<typeof IsoDate>;
