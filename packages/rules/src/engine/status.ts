import type { ObligationStatus } from "@kontaktplan/schema";
import type { Day } from "../dates/day.js";

/** RULES.md §3, in its order: met, lapsed, missed, upcoming, open. */
export function obligationStatus(held: number, required: number, from: Day, to: Day, end: Day, asOf: Day): ObligationStatus {
  if (held >= required) return "met";
  if (end < to && end < asOf) return "lapsed";
  if (to < asOf) return "missed";
  if (asOf < from) return "upcoming";
  return "open";
}
