/**
 * Both versions of a conflict go to the audit log, which holds ids, codes and dates but never free
 * text (a reason or a participant's name could hold anything, even a CPR number).
 */
const FREE_TEXT = new Set(["reason", "cancelReason", "declineReason", "participants"]);
const CPR_LIKE = /\d{6}[- ]?\d{4}/;

export function withoutFreeText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFreeText);
  if (typeof value === "string") return CPR_LIKE.test(value) ? "[udeladt]" : value;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, FREE_TEXT.has(key) && v !== null ? "[fritekst udeladt]" : withoutFreeText(v)]));
}
