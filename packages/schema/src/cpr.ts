/**
 * CPR numbers: ddmmåå-xxxx, whose first six digits are the birth date and whose seventh digit
 * tells the century (the CPR office's table). Numbers issued since 2007 carry no modulus-11 check,
 * so the birth date is the part that can be checked.
 */
import { isValidIsoDate } from "./dates.js";

const CPR = /^(\d{2})(\d{2})(\d{2})-?(\d)\d{3}$/;

/** The birth date (ISO) a CPR number gives, or null when it has none (31.02, month 13) or is no CPR number. */
export function cprBirthDate(cpr: string): string | null {
  const m = CPR.exec(cpr);
  if (!m) return null;
  const [, dd, mm, yy, seventh] = m;
  const year = Number(yy);
  const digit = Number(seventh);
  const century = digit <= 3 ? 1900 : digit === 4 || digit === 9 ? (year <= 36 ? 2000 : 1900) : year <= 57 ? 2000 : 1800;
  const iso = `${century + year}-${mm}-${dd}`;
  return isValidIsoDate(iso) ? iso : null;
}
