/**
 * Fictitious CPR numbers for the demo data: ten digits with a real day and month, but never a
 * number anyone holds. In the CPR office's century table a 7th digit of 5–8 with year digits
 * 00–57 means a birth in 2000–2057, so year digits 37–57 with a 7th digit of 5 date a birth in
 * 2037–2057: numbers that cannot have been issued yet. Every demo number is `DDMMYY` with YY in
 * 37–57, then `5xxx`.
 */
const FIRST_YEAR = 37;
const YEARS = 21; // 37–57
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const; // no 29 February, so every date exists whatever the year
const DAYS_PER_YEAR = 365;
const COMBINATIONS = YEARS * DAYS_PER_YEAR;
/** Coprime with COMBINATIONS (= 3·5·7·73), so `index * STRIDE mod COMBINATIONS` visits every date once. */
const STRIDE = 1009;

export const MAX_FICTITIOUS_CPR = COMBINATIONS;

/** The `index`-th fictitious CPR number; distinct for every index below MAX_FICTITIOUS_CPR. */
export function fictitiousCpr(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= COMBINATIONS) throw new RangeError(`no fictitious CPR number #${index}`);
  const slot = (index * STRIDE) % COMBINATIONS;
  const year = FIRST_YEAR + Math.floor(slot / DAYS_PER_YEAR);
  let dayOfYear = slot % DAYS_PER_YEAR;
  let month = 0;
  for (const length of DAYS_IN_MONTH) {
    if (dayOfYear < length) break;
    dayOfYear -= length;
    month++;
  }
  return `${pad2(dayOfYear + 1)}${pad2(month + 1)}${pad2(year)}5${String(index % 1000).padStart(3, "0")}`;
}

/** True for exactly the numbers `fictitiousCpr` can produce; lets tests prove no real-looking number slipped in. */
export function isFictitiousCpr(cpr: string): boolean {
  const match = /^(\d\d)(\d\d)(\d\d)5\d{3}$/.exec(cpr);
  if (!match) return false;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  return year >= FIRST_YEAR && year < FIRST_YEAR + YEARS && month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
