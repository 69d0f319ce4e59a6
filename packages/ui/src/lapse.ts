import type { ForloebRecord, Obligation } from "@kontaktplan/schema";

/**
 * The day an unmet obligation lapses because its forløb ends before its deadline (RULES.md §2.5),
 * or null. Once that day has passed the engine says `lapsed`; until then it says `open` (or
 * `upcoming`), but a deadline after the forløb's end is no deadline at all: a ydelsesskift or an
 * end date already set means the obligation is either met before the end or lapses. Screens must
 * not present it as open "until" a deadline the forløb never reaches.
 */
export function lapsesOn(obligation: Pick<Obligation, "status" | "to">, forloeb: Pick<ForloebRecord, "end">): string | null {
  const end = forloeb.end ?? null;
  if (end === null || obligation.to <= end) return null;
  return obligation.status === "open" || obligation.status === "upcoming" ? end : null;
}
