import { formatDanishDate } from "../dates/danish.js";
import type { Day } from "../dates/day.js";

/**
 * A rule's label split at its placeholder once per rule set, so that an obligation's label is a
 * concatenation rather than a search and replace: `{k}` takes the occurrence, `{m}` the date of
 * the meeting an every-4-weeks window follows (nothing when there is none).
 */
export interface LabelTemplate {
  readonly head: string;
  readonly slot: "k" | "m" | null;
  readonly tail: string;
}

export function labelTemplate(label: string): LabelTemplate {
  const k = label.indexOf("{k}");
  const m = label.indexOf("{m}");
  if (k >= 0 && m >= 0) throw new Error(`A label takes one placeholder: ${label}`);
  const at = k >= 0 ? k : m;
  if (at < 0) return { head: label, slot: null, tail: "" };
  return { head: label.slice(0, at), slot: k >= 0 ? "k" : "m", tail: label.slice(at + 3) };
}

export function fillLabel(template: LabelTemplate, occurrence: number, event: Day | undefined): string {
  switch (template.slot) {
    case null:
      return template.head;
    case "k":
      return template.head + occurrence + template.tail;
    case "m":
      return template.head + (event !== undefined ? formatDanishDate(event) : "") + template.tail;
  }
}
