import type { ObligationStatus, SamtaleStatus } from "@kontaktplan/schema";
import { daysBetween, formatDanishDate, formatDanishShortDate } from "./dates.js";
import { MEETING_STATUS_LABEL, OBLIGATION_STATUS_LABEL, YDELSE_LABEL } from "./labels.js";
import { lapsesOn } from "./lapse.js";
import { ruleTitle } from "./rule-title.js";
import { handoverSentence, type TimelineData } from "./timeline-layout.js";

type ShownStatus = ObligationStatus | "lapsing";
const SHOWN_STATUS_LABEL: Record<ShownStatus, string> = { ...OBLIGATION_STATUS_LABEL, lapsing: "Bortfalder ved forløbets slutning" };

function countBy<K extends string>(items: readonly { status: K }[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return counts;
}

function listCounts<K extends string>(counts: Map<K, number>, labels: Record<K, string>): string {
  return [...counts].map(([status, n]) => `${n} ${labels[status].toLowerCase()}`).join(", ");
}

function daysAgo(days: number): string {
  if (days === 0) return "i dag";
  return days === 1 ? "for 1 dag siden" : `for ${days} dage siden`;
}

/** The timeline in one Danish paragraph: its text alternative for screen readers, late obligations first. */
export function describeTimeline({ forloeb, obligations, meetings, asOf, previous, next, handover }: TimelineData): string {
  const parts = [`Forløbet på ${YDELSE_LABEL[forloeb.ydelse]} begyndte ${formatDanishDate(forloeb.start)}`];
  if (previous) parts.push(`efter et forløb på ${YDELSE_LABEL[previous.ydelse]}`);
  if (forloeb.end) parts.push(`og ${forloeb.end < asOf ? "sluttede" : "slutter"} ${formatDanishDate(forloeb.end)}.`);
  else parts.push("og har ingen slutdato.");
  if (next) parts.push(`Ydelsesskift: borgeren fortsætter på ${YDELSE_LABEL[next.ydelse]} fra ${formatDanishDate(next.start)}.`);
  if (handover) parts.push(handoverSentence(handover));
  // What lapses with the forløb is counted as such, not as open.
  const shown = obligations.map((o) => ({ ...o, status: lapsesOn(o, forloeb) ? ("lapsing" as const) : o.status }));
  parts.push(
    obligations.length === 0 ? "Ingen samtalekrav." : `${obligations.length} samtalekrav: ${listCounts<ShownStatus>(countBy(shown), SHOWN_STATUS_LABEL)}.`,
  );
  for (const o of obligations.filter((x) => x.status === "missed")) {
    parts.push(`Overskredet: ${ruleTitle(o.explanation)}, frist ${formatDanishShortDate(o.to)} (${daysAgo(daysBetween(o.to, asOf))}).`);
  }
  for (const o of obligations) {
    const end = lapsesOn(o, forloeb);
    if (end)
      parts.push(`Bortfalder ${formatDanishShortDate(end)}, når forløbet slutter før fristen ${formatDanishShortDate(o.to)}: ${ruleTitle(o.explanation)}.`);
  }
  parts.push(meetings.length === 0 ? "Ingen samtaler." : `${meetings.length} samtaler: ${listCounts<SamtaleStatus>(countBy(meetings), MEETING_STATUS_LABEL)}.`);
  for (const p of forloeb.pauses) parts.push(`Pause ${formatDanishShortDate(p.from)} – ${formatDanishShortDate(p.to)}.`);
  parts.push(`I dag er ${formatDanishDate(asOf)}.`);
  return parts.join(" ");
}
