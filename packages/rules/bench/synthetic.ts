import type { EvaluationInput, Forloeb, RuleSet, Samtale } from "@kontaktplan/schema";

/** A small deterministic PRNG (mulberry32) so every run measures the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BENEFITS: Partial<Forloeb>[] = [
  { ydelse: "dagpenge" },
  { ydelse: "dagpenge", akasseFravalgt: true },
  { ydelse: "kontanthjaelp", visitation: "jobparat" },
  { ydelse: "kontanthjaelp", visitation: "aktivitetsparat" },
  { ydelse: "uddannelseshjaelp", visitation: "uddannelsesparat" },
  { ydelse: "uddannelseshjaelp", visitation: "aabenlyst_uddannelsesparat" },
  { ydelse: "uddannelseshjaelp", visitation: "aktivitetsparat" },
  { ydelse: "integrationsydelse", hjaelpstype: "kontanthjaelp", visitation: "jobparat" },
  { ydelse: "sygedagpenge", forventetFravaerOver8Uger: true },
  { ydelse: "sygedagpenge", forventetFravaerOver8Uger: false },
  { ydelse: "ressourceforloeb" },
  { ydelse: "jobafklaringsforloeb", risikoUarbejdsdygtigEfter4Aar: true },
  { ydelse: "revalidering" },
  { ydelse: "ledighedsydelse" },
  { ydelse: "foertidspension" },
  { ydelse: "fleksjob" },
  { ydelse: "selvforsoergende" },
];

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2019, 0, 1) / DAY_MS;
// Cached so that generating a caseload makes little garbage for the timed evaluation to collect.
const ISO = Array.from({ length: 3700 }, (_, i) => new Date((BASE + i) * DAY_MS).toISOString().slice(0, 10));
const iso = (day: number) => ISO[day - BASE]!;
const STATUSES = ["afholdt", "afholdt", "afholdt", "planlagt", "aflyst", "udeblevet"] as const;

/**
 * A caseload of `size` forløb, every benefit, ~6 meetings each, some ended, some paused. Starts
 * fall in `startYears` years from 2023 (the seed's rule sets), or from 2019 to 2027 for `gaeldende`
 * so every regime is exercised; the same random draws either way.
 */
export function caseload(rand: () => number, batch: number, size: number, ruleSet: RuleSet): EvaluationInput {
  const spread = ruleSet === "gaeldende";
  const first = spread ? BASE : BASE + 1461;
  const span = spread ? 9 * 365 : 900;
  const asOf = spread ? "2026-06-01" : "2025-06-01";
  const forloeb: Forloeb[] = [];
  const samtaler: Samtale[] = [];
  for (let i = 0; i < size; i++) {
    const id = `f${batch}-${i}`;
    const benefit = BENEFITS[Math.floor(rand() * BENEFITS.length)]!;
    const start = first + Math.floor(rand() * span);
    const ended = rand() < 0.15;
    const paused = rand() < 0.1;
    forloeb.push({
      id,
      borgerId: id,
      ...benefit,
      start: iso(start),
      end: ended ? iso(start + 60 + Math.floor(rand() * 300)) : null,
      pauses: paused ? [{ from: iso(start + 40), to: iso(start + 40 + Math.floor(rand() * 30)) }] : null,
    } as Forloeb);
    const dagpenge = benefit.ydelse === "dagpenge";
    for (let m = 0; m < 6; m++) {
      samtaler.push({
        id: `${id}-s${m}`,
        forloebId: id,
        date: iso(start + Math.floor(rand() * 400)),
        kind: dagpenge && m === 0 ? "cv" : dagpenge && m === 3 ? "faelles" : dagpenge && m === 1 && spread ? "akasse" : "individuel",
        status: STATUSES[Math.floor(rand() * STATUSES.length)]!,
      });
    }
  }
  return { ruleSet, asOf, forloeb, samtaler, anmodninger: [] };
}
