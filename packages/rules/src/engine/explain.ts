import type { ObligationStatus } from "@kontaktplan/schema";
import { formatDanishDate } from "../dates/danish.js";
import type { Day } from "../dates/day.js";

/**
 * One Danish sentence saying where an obligation stands, e.g.
 * "4 samtaler i løbet af de første 6 måneder: 2 af 4 afholdt, frist 5. juli 2025."
 */
export function explain(
  label: string,
  status: ObligationStatus,
  held: number,
  planned: number,
  required: number,
  from: Day,
  to: Day,
  end: Day,
): string {
  const count = `${held} af ${required} afholdt`;
  switch (status) {
    case "met":
      return `${label}: ${count} – opfyldt.`;
    case "open":
      return `${label}: ${count}${plannedNote(planned)}, frist ${formatDanishDate(to)}.`;
    case "upcoming":
      return `${label}: perioden begynder ${formatDanishDate(from)}, frist ${formatDanishDate(to)}${plannedNote(planned)}.`;
    case "missed":
      return `${label}: ${count} – fristen ${formatDanishDate(to)} er overskredet.`;
    case "lapsed":
      return `${label}: ${count} – bortfaldet, da forløbet sluttede ${formatDanishDate(end)} før fristen ${formatDanishDate(to)}.`;
  }
}

/** The rule's own description: everything an explanation says before its first ": ". */
export function labelOf(explanation: string): string {
  const colon = explanation.indexOf(": ");
  return colon < 0 ? explanation : explanation.slice(0, colon);
}

function plannedNote(planned: number): string {
  if (planned === 0) return "";
  return planned === 1 ? " (1 planlagt)" : ` (${planned} planlagt)`;
}
