import { formatDanishDate } from "../dates/danish.js";
import type { Day } from "../dates/day.js";

/**
 * How a rule's explanations open: its label and ": " (explain.ts), split at the label's placeholder
 * once per rule set. `{k}` takes the occurrence, `{m}` the date of the meeting an every-4-weeks
 * window follows (nothing when there is none). A chain repeats the same few occurrence numbers for
 * every forløb, so each `{k}` opening is made once.
 */
export interface OpeningTemplate {
  readonly head: string;
  readonly slot: "k" | "m" | null;
  readonly tail: string;
  /** The `{k}` openings made so far, by occurrence. */
  readonly byOccurrence: string[];
}

const SEPARATOR = ": ";
/** Beyond a century of monthly periods the input is unusual: such openings are made without being kept. */
const MEMO_OCCURRENCES = 1200;

export function openingTemplate(label: string): OpeningTemplate {
  const k = label.indexOf("{k}");
  const m = label.indexOf("{m}");
  if (k >= 0 && m >= 0) throw new Error(`A label takes one placeholder: ${label}`);
  const at = k >= 0 ? k : m;
  if (at < 0) return { head: label + SEPARATOR, slot: null, tail: "", byOccurrence: [] };
  return { head: label.slice(0, at), slot: k >= 0 ? "k" : "m", tail: label.slice(at + 3) + SEPARATOR, byOccurrence: [] };
}

/** The opening of one obligation's explanation. */
export function opening(template: OpeningTemplate, occurrence: number, event: Day | undefined): string {
  switch (template.slot) {
    case null:
      return template.head;
    case "k":
      if (occurrence > MEMO_OCCURRENCES) return template.head + occurrence + template.tail;
      return (template.byOccurrence[occurrence] ??= template.head + occurrence + template.tail);
    case "m":
      return template.head + (event !== undefined ? formatDanishDate(event) : "") + template.tail;
  }
}

/** The opening of a rule label made for one case only (a request's). */
export function openingOf(label: string): string {
  return label + SEPARATOR;
}
