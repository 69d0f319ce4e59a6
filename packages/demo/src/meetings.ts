import { formatDay, nextWorkingDayOnOrAfter, type Day } from "@kontaktplan/rules";
import type { Ydelse } from "@kontaktplan/schema";
import { instantOn } from "./local-time.js";
import type { SeededForloeb } from "./people.js";
import type { Prng } from "./prng.js";
import type { MeetingRow, RequestRow } from "./rows.js";

type Range = readonly [min: number, max: number];

/** Days from the start to the first meeting, and between meetings in and after the first six months. */
interface Cadence {
  first: Range;
  early: Range;
  later: Range;
}

const CADENCES: Partial<Record<Ydelse, Cadence>> = {
  dagpenge: { first: [14, 21], early: [30, 45], later: [60, 100] },
  kontanthjaelp: { first: [2, 5], early: [25, 40], later: [60, 100] },
  uddannelseshjaelp: { first: [2, 5], early: [25, 40], later: [60, 100] },
  integrationsydelse: { first: [2, 5], early: [25, 40], later: [60, 100] },
  sygedagpenge: { first: [20, 50], early: [30, 45], later: [45, 75] },
  ressourceforloeb: { first: [7, 20], early: [30, 50], later: [45, 80] },
  jobafklaringsforloeb: { first: [7, 20], early: [30, 50], later: [45, 80] },
  revalidering: { first: [7, 20], early: [30, 50], later: [45, 80] },
  ledighedsydelse: { first: [7, 20], early: [30, 50], later: [45, 80] },
};

/** Benefits the rules cover, so a citizen's request for a meeting means something (RULES.md §4–6). */
const REQUESTABLE: readonly Ydelse[] = [...(Object.keys(CADENCES) as Ydelse[]), "foertidspension"];

/** Dagpenge joint meetings: by 3 months, by 6 months, and one between 6 and 16 months. */
const JOINT_OFFSETS: readonly Range[] = [
  [55, 80],
  [130, 170],
  [250, 450],
];

/** How far ahead caseworkers have planned meetings. */
const PLANNED_AHEAD_DAYS = 45;
const SIX_MONTHS_DAYS = 183;

export const CANCEL_REASONS = [
  "Borgeren er syg",
  "Sagsbehandleren er syg",
  "Borgeren er i virksomhedspraktik på dagen",
  "Flyttet efter ønske fra borgeren",
  "Borgeren har en lægeaftale",
] as const;

type Kind = MeetingRow["kind"];
type Form = NonNullable<MeetingRow["form"]>;

export const FORMS: Record<Kind, Record<Form, number>> = {
  individuel: { fremmoede: 55, telefon: 25, video: 15, digital: 5 },
  faelles: { fremmoede: 60, telefon: 10, video: 30, digital: 0 },
  cv: { fremmoede: 50, telefon: 30, video: 20, digital: 0 },
  akasse: { fremmoede: 50, telefon: 30, video: 20, digital: 0 },
};

/** Who takes part, by kind: the citizen and the jobcentre, the a-kasse in joint meetings, the a-kasse alone in its own (CV- and job)samtaler. */
export const PARTICIPANTS: Record<Kind, string[]> = {
  individuel: ["borger", "jobcenter"],
  faelles: ["borger", "jobcenter", "akasse"],
  cv: ["borger", "akasse"],
  akasse: ["borger", "akasse"],
};

export interface ForloebActivity {
  meetings: MeetingRow[];
  requests: RequestRow[];
}

/**
 * The meetings and requests of one forløb: past ones recorded in every status (held, cancelled with
 * a reason, no-show), upcoming ones planned. Future joint meetings are left to `joint.ts`, where
 * the a-kasse books or proposes them.
 */
export function buildActivity(prng: Prng, today: Day, f: SeededForloeb): ForloebActivity {
  const out: ForloebActivity = { meetings: [], requests: [] };
  if (f.uncalled) return out;
  const limit = Math.min(f.end ?? Number.POSITIVE_INFINITY, today + PLANNED_AHEAD_DAYS);
  const used = new Set<Day>();

  /** The first free working day on or after `day`, outside pauses; null once past the limit. */
  const freeDay = (day: Day): Day | null => {
    let d = day;
    for (;;) {
      const pause = f.pauses.find((p) => d >= p.from && d <= p.to);
      if (pause) d = pause.to + 1;
      d = nextWorkingDayOnOrAfter(d);
      if (!used.has(d)) break;
      d++;
    }
    return d > limit ? null : d;
  };

  const add = (day: Day, kind: Kind, replaceIfCancelled: boolean): void => {
    used.add(day);
    const past = day < today;
    const status: MeetingRow["status"] = !past
      ? "planlagt"
      : kind === "cv"
        ? prng.chance(0.95)
          ? "afholdt"
          : "udeblevet"
        : prng.weighted({ afholdt: 80, aflyst: 10, udeblevet: 10 });
    out.meetings.push({
      id: prng.uuid(),
      forloebId: f.row.id,
      ydelse: f.row.ydelse,
      startsAt: instantOn(day, prng.pick([9, 10, 11, 13, 14]), prng.pick([0, 30])),
      date: formatDay(day),
      kind,
      status,
      form: prng.weighted(FORMS[kind]),
      participants: PARTICIPANTS[kind],
      cancelReason: status === "aflyst" ? prng.pick(CANCEL_REASONS) : null,
      createdBy: kind === "cv" ? (f.akasse?.staff[0] ?? null) : f.caseworkerId,
    });
    // A cancelled meeting is normally moved to a new day a little later.
    if (status === "aflyst" && replaceIfCancelled) {
      const next = freeDay(day + prng.int(3, 10));
      if (next !== null) add(next, kind, false);
    }
  };

  const cadence = CADENCES[f.row.ydelse as Ydelse];
  if (f.row.ydelse === "dagpenge") {
    const cv = freeDay(f.start + prng.int(5, 12));
    if (cv !== null) add(cv, "cv", false);
    // A member who declined the a-kasse's participation has individual meetings instead (RULES.md §1, ◊).
    if (!f.row.akasseFravalgt) {
      for (const [min, max] of JOINT_OFFSETS) {
        const day = freeDay(f.start + prng.int(min, max));
        if (day !== null && day < today) add(day, "faelles", true);
      }
    }
  }
  if (cadence) {
    let offset = prng.int(...cadence.first);
    for (;;) {
      const day = freeDay(f.start + offset);
      if (day === null) break;
      add(day, "individuel", true);
      offset = day - f.start + prng.int(...(day - f.start < SIX_MONTHS_DAYS ? cadence.early : cadence.later));
    }
  } else if (f.row.ydelse !== "foertidspension" && prng.chance(0.3)) {
    // Benefits without obligations still get an occasional follow-up.
    const day = freeDay(f.start + prng.int(10, 60));
    if (day !== null) add(day, "individuel", false);
  }

  addRequests(prng, today, f, out, freeDay, add);
  out.meetings.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  return out;
}

/** Requests for a meeting; most are answered with a meeting within two weeks. Førtidspension has a right to three. */
function addRequests(
  prng: Prng,
  today: Day,
  f: SeededForloeb,
  out: ForloebActivity,
  freeDay: (day: Day) => Day | null,
  add: (day: Day, kind: Kind, replaceIfCancelled: boolean) => void,
): void {
  const ydelse = f.row.ydelse as Ydelse;
  if (!REQUESTABLE.includes(ydelse)) return;
  const count = ydelse === "foertidspension" ? (prng.chance(0.6) ? prng.int(1, 4) : 0) : prng.chance(0.12) ? prng.int(1, 2) : 0;
  const latest = Math.min(f.end ?? today - 1, today - 1);
  if (count === 0 || latest - f.start < 20) return;
  for (let i = 0; i < count; i++) {
    const date = f.start + prng.int(10, latest - f.start);
    out.requests.push({
      id: prng.uuid(),
      forloebId: f.row.id,
      date: formatDay(date),
      by: prng.chance(0.75) ? "borger" : "jobcenter",
      createdBy: f.caseworkerId,
    });
    if (prng.chance(0.7)) {
      const day = freeDay(date + prng.int(2, 12));
      if (day !== null) add(day, "individuel", true);
    }
  }
}
