import type { ObligationStatus } from "@kontaktplan/schema";
import { formatDanishDate } from "../dates/danish.js";
import type { Day } from "../dates/day.js";
import { memoByDay } from "../dates/memo.js";

/**
 * One Danish sentence saying where an obligation stands, e.g.
 * "4 samtaler i løbet af de første 6 måneder: 2 af 4 afholdt, frist 5. juli 2025."
 * `opening` is the rule's label and ": " (opening.ts). Every obligation gets a sentence, so the
 * phrases after the opening are memoised (by count, by day) and the sentence is joined from a
 * few ready pieces rather than formatted word by word.
 */
export function explain(opening: string, status: ObligationStatus, held: number, planned: number, required: number, from: Day, to: Day, end: Day): string {
  switch (status) {
    case "met":
      return opening + countPhrase(held, required) + " – opfyldt.";
    case "open":
      return opening + countPhrase(held, required) + plannedNote(planned) + deadlinePhrase(to) + ".";
    case "upcoming":
      return opening + beginsPhrase(from) + deadlinePhrase(to) + plannedNote(planned) + ".";
    case "missed":
      return opening + countPhrase(held, required) + missedPhrase(to);
    case "lapsed":
      return `${opening}${countPhrase(held, required)} – bortfaldet, da forløbet sluttede ${formatDanishDate(end)} før fristen ${formatDanishDate(to)}.`;
  }
}

/** "2 af 4 afholdt", by required count and then held count. */
const counts: string[][] = [];
function countPhrase(held: number, required: number): string {
  const row = (counts[required] ??= []);
  return (row[held] ??= `${held} af ${required} afholdt`);
}

const deadlinePhrase = memoByDay((d: Day): string => `, frist ${formatDanishDate(d)}`);
const beginsPhrase = memoByDay((d: Day): string => `perioden begynder ${formatDanishDate(d)}`);
const missedPhrase = memoByDay((d: Day): string => ` – fristen ${formatDanishDate(d)} er overskredet.`);

/** The rule's own description: everything an explanation says before its first ": ". */
export function labelOf(explanation: string): string {
  const colon = explanation.indexOf(": ");
  return colon < 0 ? explanation : explanation.slice(0, colon);
}

function plannedNote(planned: number): string {
  if (planned === 0) return "";
  return planned === 1 ? " (1 planlagt)" : ` (${planned} planlagt)`;
}
