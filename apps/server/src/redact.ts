/**
 * Anything shaped like a CPR number (6 digits, optional dash, 4 digits) is blanked before a line
 * is logged. Log lines are built from paths and error codes only, so this is the second guard.
 */
const CPR_LIKE = /\d{6}-?\d{4}/g;

export function redactCpr(text: string): string {
  return text.replace(CPR_LIKE, "xxxxxx-xxxx");
}
