import type { ForloebRecord, MeetingRecord, Obligation, ObligationStatus, SamtaleStatus } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishShortDate } from "./dates.js";
import { MEETING_STATUS_LABEL, OBLIGATION_STATUS_LABEL } from "./labels.js";

function countBy<K extends string>(items: readonly { status: K }[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return counts;
}

function listCounts<K extends string>(counts: Map<K, number>, labels: Record<K, string>): string {
  return [...counts].map(([status, n]) => `${n} ${labels[status].toLowerCase()}`).join(", ");
}

/** The timeline in one Danish paragraph: its text alternative for screen readers. */
export function describeTimeline(
  forloeb: ForloebRecord,
  obligations: readonly Obligation[],
  meetings: readonly MeetingRecord[],
  asOf: string,
): string {
  const parts = [`Forløbet begyndte ${formatDanishDate(forloeb.start)}`];
  parts.push(forloeb.end ? `og slutter ${formatDanishDate(forloeb.end)}.` : "og har ingen slutdato.");
  parts.push(
    obligations.length === 0
      ? "Ingen samtalekrav."
      : `${obligations.length} samtalekrav: ${listCounts<ObligationStatus>(countBy(obligations), OBLIGATION_STATUS_LABEL)}.`,
  );
  parts.push(
    meetings.length === 0 ? "Ingen samtaler." : `${meetings.length} samtaler: ${listCounts<SamtaleStatus>(countBy(meetings), MEETING_STATUS_LABEL)}.`,
  );
  for (const p of forloeb.pauses) parts.push(`Pause ${formatDanishShortDate(p.from)} – ${formatDanishShortDate(p.to)}.`);
  parts.push(`I dag er ${formatDanishDate(asOf)}.`);
  return parts.join(" ");
}
