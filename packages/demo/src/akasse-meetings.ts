import { formatDay, handoverDay, nextWorkingDayOnOrAfter, parseDay, type Day } from "@kontaktplan/rules";
import { DEFAULT_RULE_SET } from "@kontaktplan/schema";
import { instantOn } from "./local-time.js";
import { CANCEL_REASONS, FORMS, PARTICIPANTS } from "./meetings.js";
import type { SeededForloeb } from "./people.js";
import { Prng } from "./prng.js";
import type { MeetingRow } from "./rows.js";

/**
 * Their own generator, so every other demo row (ids, names, meetings) stays as it was without them.
 */
const AKASSE_SEED = 20_240_101;

/** Days from the start of the a-kasse's jobsamtaler after the CV-samtale (which counts as the first). */
const OFFSETS: readonly (readonly [number, number])[] = [
  [24, 40],
  [50, 80],
];

/** How far ahead the a-kasse has planned its jobsamtaler. */
const PLANNED_AHEAD_DAYS = 45;

/**
 * The a-kasse's own jobsamtaler (kind `akasse`, RULES.md §8) with its members on dagpenge, for the
 * forløb where the law in force gives the a-kasse the first months (from 2024): held, missed or
 * cancelled in the past, planned ahead, and — for some members — one too few, so a newcomer sees
 * the a-kasse's deadlines met, open and overdue. Never on a day the member has another meeting.
 */
export function buildAkasseMeetings(today: Day, forloeb: readonly SeededForloeb[], others: readonly MeetingRow[]): MeetingRow[] {
  const prng = new Prng(AKASSE_SEED);
  const busy = new Set(others.map((m) => `${m.forloebId}:${m.date}`));
  const out: MeetingRow[] = [];
  for (const f of forloeb) {
    if (f.row.ydelse !== "dagpenge" || f.akasse === null || f.uncalled) continue;
    const handover = handoverDay(
      {
        id: f.row.id,
        borgerId: f.row.citizenId,
        ydelse: "dagpenge",
        start: f.row.start,
        end: f.row.end ?? null,
        pauses: f.pauses.map((p) => ({ from: formatDay(p.from), to: formatDay(p.to) })),
      },
      DEFAULT_RULE_SET,
    );
    if (handover === null) continue;
    const last = Math.min(parseDay(handover) - 1, f.end ?? Number.POSITIVE_INFINITY, today + PLANNED_AHEAD_DAYS);
    // Some members have had one jobsamtale too few: the a-kasse's deadline is then open or overdue.
    const count = prng.chance(0.2) ? 1 : OFFSETS.length;
    for (const [min, max] of OFFSETS.slice(0, count)) {
      let day = nextWorkingDayOnOrAfter(f.start + prng.int(min, max));
      while (busy.has(`${f.row.id}:${formatDay(day)}`)) day = nextWorkingDayOnOrAfter(day + 1);
      if (day > last) break;
      busy.add(`${f.row.id}:${formatDay(day)}`);
      const status: MeetingRow["status"] = day >= today ? "planlagt" : prng.weighted({ afholdt: 80, udeblevet: 10, aflyst: 10 });
      out.push({
        id: prng.uuid(),
        forloebId: f.row.id,
        ydelse: "dagpenge",
        startsAt: instantOn(day, prng.pick([9, 10, 11, 13, 14]), prng.pick([0, 30])),
        date: formatDay(day),
        kind: "akasse",
        status,
        form: prng.weighted(FORMS.akasse),
        participants: PARTICIPANTS.akasse,
        cancelReason: status === "aflyst" ? prng.pick(CANCEL_REASONS) : null,
        createdBy: f.akasse.staff[0] ?? null,
      });
    }
  }
  return out;
}
