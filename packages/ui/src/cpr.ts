const CPR = /^(\d{6})-?(\d{4})$/;

/**
 * Show a CPR number as "ddmmyy-xxxx": the birth date identifies the person to staff who already
 * know them, the last four digits are never shown. Anything that is not a CPR number is hidden
 * entirely rather than echoed.
 */
export function maskCpr(cpr: string): string {
  const m = CPR.exec(cpr.trim());
  return m ? `${m[1]}-xxxx` : "xxxxxx-xxxx";
}
