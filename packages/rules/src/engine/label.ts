import { formatDanishDate } from "../dates/danish.js";
import type { Day } from "../dates/day.js";

/**
 * A rule's label split at its placeholder once per rule set: `{k}` takes the occurrence, `{m}`
 * the date of the meeting an every-4-weeks window follows (nothing when there is none). A chain
 * repeats the same few occurrence numbers for every forløb, so each `{k}` label is made once.
 */
const MEMO_OCCURRENCES = 1200;

export interface LabelTemplate {
  readonly head: string;
  readonly slot: "k" | "m" | null;
  readonly tail: string;
  /** The `{k}` labels made so far, by occurrence. */
  readonly byOccurrence: string[];
}

export function labelTemplate(label: string): LabelTemplate {
  const k = label.indexOf("{k}");
  const m = label.indexOf("{m}");
  if (k >= 0 && m >= 0) throw new Error(`A label takes one placeholder: ${label}`);
  const at = k >= 0 ? k : m;
  if (at < 0) return { head: label, slot: null, tail: "", byOccurrence: [] };
  return { head: label.slice(0, at), slot: k >= 0 ? "k" : "m", tail: label.slice(at + 3), byOccurrence: [] };
}

export function fillLabel(template: LabelTemplate, occurrence: number, event: Day | undefined): string {
  switch (template.slot) {
    case null:
      return template.head;
    case "k":
      // Beyond a century of monthly periods the input is unusual: make the label without keeping it.
      if (occurrence > MEMO_OCCURRENCES) return template.head + occurrence + template.tail;
      return (template.byOccurrence[occurrence] ??= template.head + occurrence + template.tail);
    case "m":
      return template.head + (event !== undefined ? formatDanishDate(event) : "") + template.tail;
  }
}
