import { RULE_SETS, type EvaluationInput, type Forloeb, type Samtale } from "@kontaktplan/schema";
import fc from "fast-check";
import { addMonths, formatDay, parseDay } from "../src/dates/day.js";

/** Starts spread over every regime of RULES.md §8 and their boundaries (2019–2027). */
const day0 = parseDay("2018-07-01");

/** The benefit-specific fields a valid forløb needs. */
const benefit: fc.Arbitrary<Partial<Forloeb>> = fc.oneof(
  fc.record({
    ydelse: fc.constant("dagpenge" as const),
    akasseFravalgt: fc.boolean(),
    faellessamtaleInden3Mdr: fc.boolean(),
    visiteretTilJobcenter: fc.boolean(),
    undtaget: fc.boolean(),
  }),
  fc.record({
    ydelse: fc.constant("kontanthjaelp" as const),
    visitation: fc.constantFrom("jobparat" as const, "aktivitetsparat" as const),
    undtaget: fc.boolean(),
  }),
  fc.record({
    ydelse: fc.constant("uddannelseshjaelp" as const),
    visitation: fc.constantFrom("uddannelsesparat" as const, "aabenlyst_uddannelsesparat" as const, "aktivitetsparat" as const),
  }),
  fc.record({
    ydelse: fc.constant("integrationsydelse" as const),
    hjaelpstype: fc.constant("kontanthjaelp" as const),
    visitation: fc.constant("jobparat" as const),
  }),
  fc.record({ ydelse: fc.constant("sygedagpenge" as const), forventetFravaerOver8Uger: fc.boolean() }),
  fc.record({ ydelse: fc.constantFrom("ressourceforloeb" as const, "revalidering" as const, "foertidspension" as const, "fleksjob" as const) }),
  fc.record({ ydelse: fc.constant("jobafklaringsforloeb" as const), risikoUarbejdsdygtigEfter4Aar: fc.boolean() }),
  fc.record({ ydelse: fc.constant("ledighedsydelse" as const), undtaget: fc.boolean() }),
);

/** One random valid forløb with meetings, pauses and requests, evaluated at a random asOf. */
export const validInput: fc.Arbitrary<EvaluationInput> = fc
  .record({
    ruleSet: fc.constantFrom(...RULE_SETS),
    benefit,
    start: fc.oneof(
      fc.integer({ min: day0, max: day0 + 9 * 365 }),
      fc.constantFrom("2019-12-31", "2020-01-01", "2023-12-31", "2024-01-01", "2026-06-30", "2026-07-01").map(parseDay),
    ),
    length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    asOfOffset: fc.integer({ min: -30, max: 700 }),
    pauses: fc.array(fc.tuple(fc.integer({ min: -20, max: 500 }), fc.integer({ min: 0, max: 40 })), { maxLength: 2 }),
    meetings: fc.array(
      fc.record({
        offset: fc.integer({ min: -10, max: 700 }),
        kind: fc.constantFrom("individuel" as const, "faelles" as const, "cv" as const, "akasse" as const),
        status: fc.constantFrom("planlagt" as const, "afholdt" as const, "aflyst" as const, "udeblevet" as const),
      }),
      { maxLength: 10 },
    ),
    requests: fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 4 }),
    frist: fc.option(fc.integer({ min: 1, max: 21 }), { nil: undefined }),
  })
  .map((r): EvaluationInput => {
    const dagpenge = r.benefit.ydelse === "dagpenge";
    const forloeb = {
      id: "f",
      borgerId: "b",
      ...r.benefit,
      start: formatDay(r.start),
      end: r.length === undefined ? null : formatDay(r.start + r.length),
      pauses: r.pauses.map(([from, len]) => ({ from: formatDay(r.start + from), to: formatDay(r.start + from + len) })),
    } as Forloeb;
    const samtaler: Samtale[] = r.meetings.map((m, i) => ({
      id: `s${i}`,
      forloebId: "f",
      date: formatDay(r.start + m.offset),
      kind: dagpenge ? m.kind : "individuel",
      status: m.status,
    }));
    return {
      ruleSet: r.ruleSet,
      asOf: formatDay(r.start + r.asOfOffset),
      horizon: formatDay(addMonths(r.start + r.asOfOffset, 9)),
      anmodningFristDage: r.frist,
      forloeb: [forloeb],
      samtaler,
      anmodninger: r.requests.map((offset, i) => ({ id: `a${i}`, forloebId: "f", date: formatDay(r.start + offset), by: "borger" as const })),
    };
  });
