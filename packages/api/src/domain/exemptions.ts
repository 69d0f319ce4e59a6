/**
 * The exemption quota (RULES.md §8, `lab2026`): a kommune may exempt (`undtaget`) at most 25 % of
 * the persons in each group of STAR's pool from the minimum number of jobsamtaler. The engine does
 * not count it; the jobcentre does, over the forløb running today, and setting the flag past the
 * ceiling needs an explicit confirmation that the audit log keeps.
 */
import { and, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import {
  EXEMPTION_CEILING,
  EXEMPTION_POOL,
  formatDanishDate,
  parseDay,
  targetGroupOf,
  TARGET_GROUP_LABELS,
  type TargetGroup,
  defined,
} from "@kontaktplan/rules";
import type { EvaluationInput, ExemptionQuota } from "@kontaktplan/schema";
import { fieldError } from "../errors.js";
import type { VisibleForloeb } from "../tenancy/visibility.js";
import { forloebOf } from "./records.js";

const { citizens, forloeb } = tables;

type Forloeb = EvaluationInput["forloeb"][number];

const running = (f: Pick<Forloeb, "start" | "end">, asOf: string) => f.start <= asOf && (f.end == null || f.end >= asOf);

/** Per pool group: the forløb running on `asOf` and how many of them are exempted. */
export function exemptionQuotas(all: Iterable<Forloeb>, asOf: string): ExemptionQuota[] {
  const counts = new Map<TargetGroup, { active: number; exempted: number }>(EXEMPTION_POOL.map((g) => [g, { active: 0, exempted: 0 }]));
  for (const f of all) {
    const count = running(f, asOf) ? counts.get(targetGroupOf(f)) : undefined;
    if (!count) continue;
    count.active++;
    if (f.undtaget === true) count.exempted++;
  }
  return EXEMPTION_POOL.map((group) => {
    const { active, exempted } = defined(counts.get(group), "the count of each pool group");
    return {
      targetGroup: group,
      targetGroupLabel: TARGET_GROUP_LABELS[group],
      active,
      exempted,
      ceiling: EXEMPTION_CEILING,
      allowed: Math.floor(active * EXEMPTION_CEILING),
    };
  });
}

/** The benefits a pool group's forløb can have (integrationsydelse joins jobparat kontanthjælp by its hjælpstype). */
const POOL_BENEFITS = ["dagpenge", "kontanthjaelp", "integrationsydelse", "ledighedsydelse"] as const;

/** What the audit log keeps of an exemption past the ceiling. */
export interface QuotaOverride {
  targetGroup: TargetGroup;
  active: number;
  exemptedBefore: number;
  ceiling: number;
}

/**
 * Before `target` becomes exempted: when it runs today in a pool group whose exemptions would pass
 * the ceiling, refuse unless `confirmed` (field `confirmOverQuota`, with the figures), and say what
 * the override was. Null when the quota is not touched.
 */
export async function checkExemptionQuota(tx: Db, target: VisibleForloeb, asOf: string, confirmed: boolean): Promise<QuotaOverride | null> {
  const own = forloebOf(target.forloeb, []);
  const group = targetGroupOf(own);
  if (own.undtaget === true || !running(own, asOf) || !EXEMPTION_POOL.includes(group)) return null;
  const rows = await tx
    .select({ row: forloeb })
    .from(forloeb)
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(
      and(
        eq(citizens.kommunekode, target.kommunekode),
        inArray(forloeb.ydelse, [...POOL_BENEFITS]),
        lte(forloeb.start, asOf),
        or(isNull(forloeb.end), gte(forloeb.end, asOf)),
      ),
    );
  const quota = defined(
    exemptionQuotas(
      rows.map((r) => forloebOf(r.row, [])),
      asOf,
    ).find((q) => q.targetGroup === group),
    "the quota of the forløb's pool group",
  );
  if (quota.exempted + 1 <= quota.allowed) return null;
  if (!confirmed) {
    const share = quota.active === 0 ? 0 : Math.round((100 * (quota.exempted + 1)) / quota.active);
    throw fieldError(
      "confirmOverQuota",
      `Loftet er ${Math.round(quota.ceiling * 100)} %: kommunen har ${quota.exempted} af ${quota.active} aktive forløb for ${quota.targetGroupLabel.toLowerCase()} undtaget ` +
        `pr. ${formatDanishDate(parseDay(asOf))}, og med denne borger bliver det ${share} %. Bekræft, hvis borgeren skal undtages alligevel; det registreres i loggen.`,
    );
  }
  return { targetGroup: group, active: quota.active, exemptedBefore: quota.exempted, ceiling: quota.ceiling };
}
