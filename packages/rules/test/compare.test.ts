import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, latestChain, latestCover, type ChainProblem, type Demand } from "../src/index.js";

/** Every multiset of `size` meetings over `days` × `kinds`, as [day, kind] pairs in order. */
function* schedules(days: number, kinds: readonly string[], size: number, from = 0): Generator<[number, string][]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let slot = from; slot < days * kinds.length; slot++) {
    for (const rest of schedules(days, kinds, size - 1, slot)) yield [[Math.floor(slot / kinds.length), kinds[slot % kinds.length]!], ...rest];
  }
}

const satisfies = (schedule: [number, string][], demands: readonly Demand[]) =>
  demands.every((d) => schedule.filter(([day, kind]) => day >= d.from && day <= d.to && d.kinds.includes(kind)).length >= d.required);

/** Brute force: the fewest meetings that satisfy `demands`. */
function bruteMinimum(demands: readonly Demand[], days: number, kinds: readonly string[]): number {
  for (let size = 0; ; size++) for (const s of schedules(days, kinds, size)) if (satisfies(s, demands)) return size;
}

const DAYS = 8;
const kindSets = [["individuel"], ["faelles"], ["individuel", "faelles"], ["akasse", "cv"]] as const;
const demand = fc
  .record({ a: fc.integer({ min: 0, max: DAYS - 1 }), len: fc.integer({ min: 0, max: 4 }), required: fc.integer({ min: 1, max: 2 }) })
  .map(({ a, len, required }) => ({ from: a, to: Math.min(DAYS - 1, a + len), required }));

/** Kind mixes the rule tables produce: a kind every demand accepts, or pairwise disjoint kind sets. */
const demands = fc
  .oneof(
    fc.array(fc.tuple(demand, fc.constantFrom(kindSets[0], kindSets[2])), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(demand, fc.constantFrom(kindSets[1], kindSets[2])), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(demand, fc.constantFrom(kindSets[0], kindSets[1])), { minLength: 1, maxLength: 4 }),
  )
  .map((list) => list.map(([d, kinds]) => ({ ...d, kinds: [...kinds] })));

/** Smaller mixes beside the a-kasse's own demands (RULES.md §8: lab2024, lab2026), so brute force stays quick. */
const SMALL = 5;
const small = fc
  .record({ a: fc.integer({ min: 0, max: SMALL - 1 }), len: fc.integer({ min: 0, max: 3 }), required: fc.integer({ min: 1, max: 2 }) })
  .map(({ a, len, required }) => ({ from: a, to: Math.min(SMALL - 1, a + len), required }));
const withAkasse = fc
  .tuple(
    fc.array(fc.tuple(small, fc.constantFrom(kindSets[1], kindSets[2])), { minLength: 1, maxLength: 2 }),
    fc.array(fc.tuple(small, fc.constant(kindSets[3])), { minLength: 1, maxLength: 2 }),
  )
  .map(([jobcentre, akasse]) => [...jobcentre, ...akasse].map(([d, kinds]) => ({ ...d, kinds: [...kinds] })));

/** The schedule's length is minimal, and minimal on every prefix, against brute force over `kinds`. */
function checkMinimal(ds: readonly Demand[], days: number, kinds: readonly string[]): void {
  const points = latestCover(ds);
  expect(points.length).toBe(bruteMinimum(ds, days, kinds));
  // Prefix minimality: everything due by day t needs at least as many meetings up to t as the schedule has.
  for (let t = 0; t < days; t++) {
    const due = ds.filter((d) => d.to <= t);
    expect(points.filter((p) => p <= t).length).toBe(bruteMinimum(due, t + 1, kinds));
  }
}

describe("latestCover against brute force", () => {
  it("is minimal, and minimal on every prefix, on small cases", () => {
    fc.assert(
      fc.property(demands, (ds) => checkMinimal(ds, DAYS, ["individuel", "faelles"])),
      { numRuns: 150 },
    );
  }, 60_000);

  it("is minimal with the a-kasse's demands beside the jobcentre's (one a-kasse kind suffices, as each takes both)", () => {
    fc.assert(
      fc.property(withAkasse, (ds) => checkMinimal(ds, SMALL, ["individuel", "faelles", "akasse"])),
      { numRuns: 60 },
    );
  }, 60_000);

  it("refuses a kind mix it cannot solve exactly", () => {
    const mix = [
      { from: 0, to: 3, required: 1, kinds: ["individuel"] },
      { from: 0, to: 3, required: 1, kinds: ["faelles"] },
      { from: 0, to: 3, required: 1, kinds: ["individuel", "faelles"] },
    ];
    expect(() => latestCover(mix)).toThrow(/unsupported mix/);
  });
});

/** Brute force over subsets of days: is this set of meetings a valid every-`gap`-days chain? */
function validChain(p: ChainProblem, meetings: number[]): boolean {
  const inForloeb = meetings.filter((m) => m >= p.start && m <= p.end);
  if (p.firstBy <= p.end && !inForloeb.some((m) => m <= p.firstBy)) return false;
  return inForloeb.every((m) => m + 1 > Math.min(p.end, p.horizon) || m + p.gap > p.end || inForloeb.some((n) => n > m && n <= m + p.gap));
}

describe("latestChain against brute force", () => {
  it("is valid and has the fewest meetings up to every day", () => {
    const problem = fc
      .record({
        firstBy: fc.integer({ min: 0, max: 5 }),
        gap: fc.integer({ min: 2, max: 3 }),
        end: fc.integer({ min: 3, max: 9 }),
        horizon: fc.integer({ min: 0, max: 9 }),
      })
      .map((r): ChainProblem => ({ start: 0, ...r }));
    fc.assert(
      fc.property(problem, (p) => {
        const points = latestChain(p);
        expect(validChain(p, points)).toBe(true);
        const days = p.end + p.gap + 1;
        const fewest = Array<number>(days).fill(Number.POSITIVE_INFINITY);
        for (let mask = 0; mask < 1 << days; mask++) {
          const meetings = [...Array(days).keys()].filter((d) => mask & (1 << d));
          if (!validChain(p, meetings)) continue;
          for (let t = 0; t < days; t++) fewest[t] = Math.min(fewest[t]!, meetings.filter((m) => m <= t).length);
        }
        for (let t = 0; t < days; t++) expect(points.filter((m) => m <= t).length).toBe(fewest[t]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("compare", () => {
  const benefits = [
    ["dagpenge", {}],
    ["kontanthjaelp", { visitation: "jobparat" }],
    ["kontanthjaelp", { visitation: "aktivitetsparat" }],
    ["uddannelseshjaelp", { visitation: "uddannelsesparat" }],
    ["uddannelseshjaelp", { visitation: "aktivitetsparat" }],
    ["sygedagpenge", { forventetFravaerOver8Uger: true }],
    ["ressourceforloeb", {}],
    ["revalidering", {}],
    ["ledighedsydelse", {}],
    ["foertidspension", {}],
    ["fleksjob", {}],
  ] as const;
  const input = {
    ruleSet: "forenklet",
    asOf: "2025-01-06",
    forloeb: benefits.map(([ydelse, extra], i) => ({ id: `f${i}`, borgerId: `b${i}`, ydelse, start: "2025-01-06", ...extra })),
  };
  const result = compare(input, ["lab", "forenklet"]);
  if ("errors" in result) throw new Error(JSON.stringify(result.errors));
  const row = (i: number) => result.rows[i]!.minimum;
  const regimes = compare(input);
  if ("errors" in regimes) throw new Error(JSON.stringify(regimes.errors));

  it("counts the minimum per period as the rule tables demand", () => {
    // LAB dagpenge: first meeting by week 6 also serves month 2; months 3–6 one each (a joint one in 5–6): 5.
    // Then one per quarter (2 in 6–12, 4 in 12–24); the 16-month joint meeting can share a quarter's.
    expect(row(0)).toEqual({ lab: { "0-6": 5, "6-12": 2, "12-24": 4 }, forenklet: { "0-6": 6, "6-12": 0, "12-24": 1 } });
    expect(row(1)).toEqual({ lab: { "0-6": 3, "6-12": 1, "12-24": 4 }, forenklet: { "0-6": 4, "6-12": 0, "12-24": 0 } });
    expect(row(2)).toEqual({ lab: { "0-6": 1, "6-12": 3, "12-24": 4 }, forenklet: { "0-6": 4, "6-12": 0, "12-24": 0 } });
    expect(row(4).lab).toEqual({ "0-6": 3, "6-12": 3, "12-24": 6 });
    // Sygedagpenge under LAB: week 8, then every 4 weeks: days 55, 83, …
    expect(row(5).lab).toEqual({ "0-6": 5, "6-12": 7, "12-24": 13 });
    expect(row(6).lab).toEqual({ "0-6": 0, "6-12": 6, "12-24": 6 });
    expect(row(8).lab).toEqual({ "0-6": 2, "6-12": 2, "12-24": 4 });
    expect(row(9)).toEqual({ lab: { "0-6": 0, "6-12": 0, "12-24": 0 }, forenklet: { "0-6": 0, "6-12": 0, "12-24": 0 } });
  });

  it("compares every regime by default, the a-kasse's meetings apart from the jobcentre's", () => {
    expect(regimes.ruleSets).toEqual(["lab", "forenklet", "lab2020", "lab2024", "lab2026"]);
    const dagpenge = regimes.rows[0]!;
    // 2020: 4 individual + 1 joint between months 3 and 6; the 16-month joint meeting in 12–24.
    expect(dagpenge.minimum.lab2020).toEqual({ "0-6": 5, "6-12": 0, "12-24": 1 });
    expect(dagpenge.akasse.lab2020).toEqual({ "0-6": 0, "6-12": 0, "12-24": 0 });
    // 2024: the a-kasse holds 3 (the first within 2 weeks among them), then the jobcentre 3 by 6 months.
    expect(dagpenge.akasse.lab2024).toEqual({ "0-6": 3, "6-12": 0, "12-24": 0 });
    expect(dagpenge.minimum.lab2024).toEqual({ "0-6": 3, "6-12": 0, "12-24": 1 });
    // 2026 (provisional): 2 and 2.
    expect(dagpenge.akasse.lab2026).toEqual({ "0-6": 2, "6-12": 0, "12-24": 0 });
    expect(dagpenge.minimum.lab2026).toEqual({ "0-6": 2, "6-12": 0, "12-24": 1 });
    // The seed's rule sets have no a-kasse rules of their own.
    expect(dagpenge.akasse.lab).toEqual({ "0-6": 0, "6-12": 0, "12-24": 0 });
    // Kontanthjælp, jobparat: first meeting within the week is one of the four, in every enacted regime since 2020.
    for (const rs of ["lab2020", "lab2024", "lab2026"] as const) expect(regimes.rows[1]!.minimum[rs]).toEqual({ "0-6": 4, "6-12": 0, "12-24": 0 });
    // Sygedagpenge (§ 13 b): four in the first half year.
    expect(regimes.rows[5]!.minimum.lab2024).toEqual({ "0-6": 4, "6-12": 0, "12-24": 0 });
  });

  it("with gaeldende counts each forløb under the regime of its start", () => {
    const two = {
      ruleSet: "gaeldende",
      asOf: "2026-12-01",
      forloeb: [
        { id: "a", borgerId: "a", ydelse: "dagpenge", start: "2023-12-31" },
        { id: "b", borgerId: "b", ydelse: "dagpenge", start: "2024-01-01" },
      ],
    };
    const r = compare(two, ["gaeldende"]);
    if ("errors" in r) throw new Error("invalid");
    expect(r.rows[0]!.minimum.gaeldende).toEqual({ "0-6": 5, "6-12": 0, "12-24": 1 });
    expect(r.rows[1]!.akasse.gaeldende).toEqual({ "0-6": 3, "6-12": 0, "12-24": 0 });
    expect(r.byTargetGroup[0]!.akasse.gaeldende).toEqual({ "0-6": 3, "6-12": 0, "12-24": 0 });
  });

  it("sums per target group", () => {
    const kontant = result.byTargetGroup.find((g) => g.targetGroup === "kontanthjaelp-jobparat")!;
    expect(kontant.forloeb).toBe(1);
    expect(kontant.minimum.lab).toEqual(row(1).lab);
    expect(result.byTargetGroup.map((g) => g.targetGroup)[0]).toBe("dagpenge");
  });

  it("stops counting at the forløb's end and lets later deadlines lapse", () => {
    const ended = compare({ ...input, forloeb: [{ id: "d", borgerId: "b", ydelse: "dagpenge", start: "2025-01-06", end: "2025-04-30" }] }, ["forenklet"]);
    if ("errors" in ended) throw new Error("invalid");
    // joint-by-3-months (due 5 April) is the only deadline before the end.
    expect(ended.rows[0]!.minimum).toEqual({ forenklet: { "0-6": 1, "6-12": 0, "12-24": 0 } });
  });
});
