import { defined } from "../defined.js";
import {
  COMPARE_PERIODS,
  isAkasseObligation,
  REGIME_CODES,
  parseEvaluationInput,
  type CompareGroupTotal,
  type CompareResult,
  type CompareRow,
  type EvaluationInput,
  type Forloeb,
  type InvalidResult,
  type MinimaByPeriod,
  type RuleSet,
} from "@kontaktplan/schema";
import { formatDay, parseDay } from "../dates/day.js";
import { periodBegin, periodEnd } from "../engine/clock.js";
import { evaluateValid } from "../engine/evaluate.js";
import { forloebFacts } from "../engine/facts.js";
import { TARGET_GROUP_LABELS, type TargetGroup } from "../definitions/groups.js";
import { regimeOf } from "../definitions/regimes.js";
import { RULES_BY_GROUP } from "../definitions/rule-sets.js";
import { latestChain } from "./chain.js";
import { latestCover, type Demand } from "./cover.js";

const months = (n: number) => ({ n, unit: "months" as const });

/**
 * The minimum number of meetings each rule set (by default every regime) requires per forløb in months 0–6, 6–12 and
 * 12–24 of the forløb (on the benefit clock): the latest minimum schedule for every obligation
 * due within 24 months, counted per period. It is minimal up to every day, so the 0–6 figure
 * is the fewest meetings that can meet everything due by 6 months, 0–6 plus 6–12 the fewest
 * for everything due by 12, and so on. Requests and recorded meetings are left out: the rules
 * themselves do not require them. The a-kasse's own jobsamtaler are counted apart from the
 * jobcentre's meetings; no meeting of one counts for the other (RULES.md §8).
 */
export function compare(raw: unknown, ruleSets: readonly RuleSet[] = REGIME_CODES): CompareResult | InvalidResult {
  const parsed = parseEvaluationInput(raw);
  return parsed.ok ? compareValid(parsed.value, ruleSets) : { errors: parsed.errors };
}

export function compareValid(input: EvaluationInput, ruleSets: readonly RuleSet[] = REGIME_CODES): CompareResult {
  const rows = input.forloeb.map((f) => compareForloeb(f, ruleSets));
  return { ruleSets: [...ruleSets], rows, byTargetGroup: totalsByGroup(rows, ruleSets) };
}

function compareForloeb(f: Forloeb, ruleSets: readonly RuleSet[]): CompareRow {
  const facts = forloebFacts(f);
  const minimum: CompareRow["minimum"] = {};
  const akasse: CompareRow["akasse"] = {};
  for (const ruleSet of ruleSets) {
    const minima = minimaFor(f, ruleSet);
    minimum[ruleSet] = minima.jobcenter;
    akasse[ruleSet] = minima.akasse;
  }
  return {
    forloebId: f.id,
    borgerId: f.borgerId,
    ydelse: f.ydelse,
    targetGroup: facts.group,
    targetGroupLabel: TARGET_GROUP_LABELS[facts.group],
    minimum,
    akasse,
  };
}

function minimaFor(f: Forloeb, ruleSet: RuleSet): { jobcenter: MinimaByPeriod; akasse: MinimaByPeriod } {
  const facts = forloebFacts(f);
  const periods = COMPARE_PERIODS.map((p) => ({
    id: p.id,
    a: periodBegin(facts.start, months(p.fromMonth), facts.pauses),
    b: Math.min(periodEnd(facts.start, months(p.toMonth), facts.pauses), facts.end),
  }));
  const lastDay = defined(periods.at(-1), "the last comparison period").b;
  // The rules' own windows, with no meetings held: asOf and requests do not change them.
  const { obligations } = evaluateValid({
    ruleSet,
    asOf: f.start,
    horizon: formatDay(lastDay),
    forloeb: [f],
    samtaler: [],
    anmodninger: [],
  });
  const akasseDemands: Demand[] = [];
  const jobcenterDemands: Demand[] = [];
  for (const o of obligations) {
    if (o.rule === "every-4-weeks" || parseDay(o.to) > facts.end) continue;
    const demand = { from: Math.max(parseDay(o.from), facts.start), to: parseDay(o.to), required: o.required, kinds: o.kinds };
    (isAkasseObligation(o) ? akasseDemands : jobcenterDemands).push(demand);
  }
  const chainRule = (RULES_BY_GROUP[regimeOf(ruleSet, facts.start)].get(facts.group) ?? []).find((r) => r.window.type === "after-each-held-meeting");
  const jobcenter =
    chainRule && chainRule.window.type === "after-each-held-meeting"
      ? // The chain's first meeting is the group's first-meeting rule; nothing else binds sygedagpenge under LAB.
        latestChain({
          start: facts.start,
          end: facts.end,
          horizon: lastDay,
          firstBy: Math.min(...jobcenterDemands.map((d) => d.to)),
          gap: chainRule.window.days,
        })
      : latestCover(jobcenterDemands.filter((d) => d.to <= lastDay));
  const bucket = (schedule: readonly number[]): MinimaByPeriod => {
    const minima = { "0-6": 0, "6-12": 0, "12-24": 0 } satisfies MinimaByPeriod;
    for (const day of schedule) {
      const period = periods.find((p) => day >= p.a && day <= p.b);
      if (period) minima[period.id]++;
    }
    return minima;
  };
  return { jobcenter: bucket(jobcenter), akasse: bucket(latestCover(akasseDemands.filter((d) => d.to <= lastDay))) };
}

/** Sums of compared forløb per target group, in the groups' order (exported for callers that keep rows per forløb). */
export function totalsByGroup(rows: readonly CompareRow[], ruleSets: readonly RuleSet[]): CompareGroupTotal[] {
  const totals = new Map<string, CompareGroupTotal>();
  for (const row of rows) {
    let total = totals.get(row.targetGroup);
    if (!total) {
      total = { targetGroup: row.targetGroup, targetGroupLabel: row.targetGroupLabel, forloeb: 0, minimum: {}, akasse: {} };
      for (const rs of ruleSets) {
        total.minimum[rs] = { "0-6": 0, "6-12": 0, "12-24": 0 };
        total.akasse[rs] = { "0-6": 0, "6-12": 0, "12-24": 0 };
      }
      totals.set(row.targetGroup, total);
    }
    total.forloeb++;
    for (const rs of ruleSets) {
      addMinima(defined(total.minimum[rs], "the total's minima per rule set"), defined(row.minimum[rs], "the row's minima per rule set"));
      addMinima(defined(total.akasse[rs], "the total's a-kasse minima per rule set"), defined(row.akasse[rs], "the row's a-kasse minima per rule set"));
    }
  }
  return [...totals.values()].sort((x, y) => groupOrder(x.targetGroup) - groupOrder(y.targetGroup));
}

function addMinima(sum: MinimaByPeriod, add: MinimaByPeriod): void {
  sum["0-6"] += add["0-6"];
  sum["6-12"] += add["6-12"];
  sum["12-24"] += add["12-24"];
}

const GROUP_ORDER = Object.keys(TARGET_GROUP_LABELS) as TargetGroup[];
const groupOrder = (g: string) => GROUP_ORDER.indexOf(g as TargetGroup);
