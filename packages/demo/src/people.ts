import { formatDay, type Day, defined } from "@kontaktplan/rules";
import { YDELSER, type Ydelse } from "@kontaktplan/schema";
import { fictitiousCpr } from "./cpr.js";
import { FIRST_NAMES, LAST_NAMES, STREET_NAMES } from "./names.js";
import type { SeededAkasse, SeededJobcentre, TeamKey } from "./organisations.js";
import { Prng } from "./prng.js";
import type { CitizenRow, ForloebRow, PauseRow } from "./rows.js";

/** One forløb with what the meeting and joint-meeting generators need beside the row. */
export interface SeededForloeb {
  row: ForloebRow;
  start: Day;
  end: Day | null;
  pauses: { from: Day; to: Day }[];
  kommunekode: string;
  caseworkerId: string | null;
  /** The member's a-kasse on a dagpenge forløb. */
  akasse: SeededAkasse | null;
  /** Nobody has called the citizen in yet: no meetings or requests are generated. */
  uncalled?: boolean;
}

export interface People {
  citizens: CitizenRow[];
  forloeb: SeededForloeb[];
  pauses: PauseRow[];
}

/** How common each benefit is in the demo caseload (roughly as in a real jobcentre). */
const YDELSE_WEIGHTS: Record<Ydelse, number> = {
  dagpenge: 30,
  kontanthjaelp: 20,
  uddannelseshjaelp: 9,
  integrationsydelse: 6,
  sygedagpenge: 13,
  ressourceforloeb: 5,
  jobafklaringsforloeb: 5,
  revalidering: 2,
  ledighedsydelse: 4,
  foertidspension: 2,
  fleksjob: 2,
  selvforsoergende: 1,
  ingen: 1,
};

/** Typical ydelsesskift: which benefits a citizen on the key benefit may have come from. */
const CAME_FROM: Partial<Record<Ydelse, readonly Ydelse[]>> = {
  kontanthjaelp: ["dagpenge", "uddannelseshjaelp", "integrationsydelse"],
  jobafklaringsforloeb: ["sygedagpenge"],
  revalidering: ["sygedagpenge"],
  dagpenge: ["sygedagpenge"],
  ressourceforloeb: ["jobafklaringsforloeb", "kontanthjaelp"],
  fleksjob: ["ledighedsydelse"],
  foertidspension: ["ressourceforloeb"],
};

/**
 * After the citizens covering every benefit, this many dagpenge members per kommune started 3–6
 * weeks ago, so every kommune has members whose first joint meeting is due (see `joint.ts`).
 */
const RECENT_DAGPENGE = 3;

const PAUSABLE: readonly Ydelse[] = ["dagpenge", "kontanthjaelp", "uddannelseshjaelp", "sygedagpenge"];

function teamFor(ydelse: Ydelse): TeamKey {
  if (ydelse === "dagpenge") return "dagpenge";
  if (ydelse === "kontanthjaelp" || ydelse === "uddannelseshjaelp" || ydelse === "integrationsydelse") return "kontanthjaelp";
  return "sygedagpenge";
}

/** Every benefit-specific field, always a combination the schema (RULES.md §1) accepts. */
function benefitFields(prng: Prng, ydelse: Ydelse, start: Day): Partial<ForloebRow> {
  switch (ydelse) {
    case "kontanthjaelp":
      return { visitation: prng.pick(["jobparat", "aktivitetsparat"]) };
    case "uddannelseshjaelp":
      return { visitation: prng.pick(["uddannelsesparat", "aabenlyst_uddannelsesparat", "aktivitetsparat"]) };
    case "integrationsydelse": {
      const hjaelpstype = prng.pick(["kontanthjaelp", "uddannelseshjaelp"] as const);
      const visitation =
        hjaelpstype === "kontanthjaelp"
          ? prng.pick(["jobparat", "aktivitetsparat"])
          : prng.pick(["uddannelsesparat", "aabenlyst_uddannelsesparat", "aktivitetsparat"]);
      return { hjaelpstype, visitation, iIntegrationsprogram: prng.chance(0.2) };
    }
    case "sygedagpenge":
      return { forventetFravaerOver8Uger: prng.chance(0.85) };
    case "jobafklaringsforloeb":
      return { risikoUarbejdsdygtigEfter4Aar: prng.chance(0.2) };
    case "dagpenge":
      return { akasseFravalgt: prng.chance(0.08) };
    case "ledighedsydelse":
      return { visitationsdato: formatDay(start + prng.int(0, 20)) };
    default:
      return {};
  }
}

function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z]+/g, ".");
}

interface Span {
  ydelse: Ydelse;
  start: Day;
  end: Day | null;
}

/** The citizen's forløb, oldest first: one ongoing, one ended, or an ended one followed by the next (ydelsesskift). */
function history(prng: Prng, today: Day, current: Ydelse): Span[] {
  const previous = CAME_FROM[current];
  const story = prng.weighted({ ongoing: 72, skift: previous ? 14 : 0, ended: 14 });
  if (story === "skift" && previous) {
    const firstStart = today - prng.int(250, 900);
    const firstEnd = firstStart + prng.int(60, Math.min(400, today - 40 - firstStart));
    return [
      { ydelse: prng.pick(previous), start: firstStart, end: firstEnd },
      // Starts strictly after the end: both ends are inclusive, so the same day would overlap (RULES.md §2.5).
      { ydelse: current, start: firstEnd + prng.int(1, 20), end: null },
    ];
  }
  if (story === "ended") {
    const start = today - prng.int(150, 800);
    return [{ ydelse: current, start, end: start + prng.int(30, today - 5 - start) }];
  }
  // Most ongoing forløb are recent, so the first six months' obligations are well represented.
  return [{ ydelse: current, start: today - (prng.chance(0.6) ? prng.int(0, 200) : prng.int(201, 800)), end: null }];
}

/** Why a demo pause stops the benefit clock; picked from its first day, so the seed's random draws stay as they were. */
const PAUSE_REASONS = ["Arbejde i en kortere periode", "Sygdom (sygedagpenge)", "Barsel"] as const;

function pausesFor(prng: Prng, today: Day, span: Span): { from: Day; to: Day }[] {
  const last = span.end ?? today;
  if (!PAUSABLE.includes(span.ydelse) || last - span.start < 90 || !prng.chance(0.15)) return [];
  const from = span.start + prng.int(30, last - span.start - 50);
  return [{ from, to: Math.min(from + prng.int(7, 40), last - 1) }];
}

/**
 * The random caseloads may, on some days, leave a state out of a caseworker's list. So every
 * kommune's first caseworker also has a kontanthjælp citizen who applied 2–8 weeks ago and has not
 * been called in yet: a first meeting missed on any day. They are drawn from their own generator, so
 * the rest of the demo is the same with or without them.
 */
function addUncalledCitizens(out: People, today: Day, jobcentres: readonly SeededJobcentre[], firstCpr: number): void {
  const prng = new Prng(UNCALLED_SEED);
  jobcentres.forEach((jobcentre, i) => {
    const citizenId = prng.uuid();
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const start = today - prng.int(14, 56);
    out.citizens.push({
      id: citizenId,
      kommunekode: jobcentre.kommunekode,
      cpr: fictitiousCpr(firstCpr + i),
      name: `${first} ${last}`,
      phone: null,
      email: `${asciiSlug(first)}.${asciiSlug(last)}${firstCpr + i}@borger.example`,
      address: `${prng.pick(STREET_NAMES)} ${prng.int(1, 150)}, ${prng.pick(jobcentre.postcodes)}`,
      akasseId: null,
      caseworkerId: jobcentre.caseworkers.dagpenge,
    });
    out.forloeb.push({
      row: { id: prng.uuid(), citizenId, ydelse: "kontanthjaelp", start: formatDay(start), end: null, visitation: "jobparat", akasseId: null },
      start,
      end: null,
      pauses: [],
      kommunekode: jobcentre.kommunekode,
      caseworkerId: jobcentre.caseworkers.dagpenge,
      akasse: null,
      uncalled: true,
    });
  });
}

const UNCALLED_SEED = 20_261_202;

export function buildPeople(prng: Prng, today: Day, jobcentres: readonly SeededJobcentre[], akasser: readonly SeededAkasse[]): People {
  const out: People = { citizens: [], forloeb: [], pauses: [] };
  let cprIndex = 0;
  for (const jobcentre of jobcentres) {
    for (let i = 0; i < jobcentre.citizens; i++) {
      // The first citizens of every kommune cover every benefit once; the rest follow the weights.
      const recentDagpenge = i >= YDELSER.length && i < YDELSER.length + RECENT_DAGPENGE;
      const current = i < YDELSER.length ? defined(YDELSER[i], "one of the benefits in turn") : recentDagpenge ? "dagpenge" : prng.weighted(YDELSE_WEIGHTS);
      const spans: Span[] = recentDagpenge ? [{ ydelse: current, start: today - prng.int(20, 45), end: null }] : history(prng, today, current);
      const akasse = spans.some((s) => s.ydelse === "dagpenge") ? prng.pick(akasser) : null;
      const caseworkerId = prng.chance(0.05) ? null : jobcentre.caseworkers[teamFor(current)];
      const first = prng.pick(FIRST_NAMES);
      const last = prng.pick(LAST_NAMES);
      const citizenId = prng.uuid();
      out.citizens.push({
        id: citizenId,
        kommunekode: jobcentre.kommunekode,
        cpr: fictitiousCpr(cprIndex),
        name: `${first} ${last}`,
        phone: null,
        email: `${asciiSlug(first)}.${asciiSlug(last)}${cprIndex}@borger.example`,
        address: `${prng.pick(STREET_NAMES)} ${prng.int(1, 150)}, ${prng.pick(jobcentre.postcodes)}`,
        akasseId: akasse?.id ?? null,
        caseworkerId,
      });
      cprIndex++;
      for (const span of spans) {
        const id = prng.uuid();
        const pauses = pausesFor(prng, today, span);
        out.forloeb.push({
          row: {
            id,
            citizenId,
            ydelse: span.ydelse,
            start: formatDay(span.start),
            end: span.end === null ? null : formatDay(span.end),
            ...benefitFields(prng, span.ydelse, span.start),
            akasseId: span.ydelse === "dagpenge" ? (akasse?.id ?? null) : null,
          },
          start: span.start,
          end: span.end,
          pauses,
          kommunekode: jobcentre.kommunekode,
          caseworkerId,
          akasse: span.ydelse === "dagpenge" ? akasse : null,
        });
        for (const p of pauses) {
          out.pauses.push({
            id: prng.uuid(),
            forloebId: id,
            from: formatDay(p.from),
            to: formatDay(p.to),
            reason: defined(PAUSE_REASONS[p.from % PAUSE_REASONS.length], "a pause reason"),
          });
        }
      }
    }
  }
  addUncalledCitizens(out, today, jobcentres, cprIndex);
  return out;
}
