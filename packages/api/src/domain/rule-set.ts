/**
 * The rule set in force. A national setting (system admin, default `gaeldende`: each forløb under
 * the law in force on its start, RULES.md §8) that a kommune's
 * jobcentre admin may override for that kommune only: one kommune's choice never reaches another.
 */
import { eq, inArray, like, or, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { DEFAULT_RULE_SET, RULE_SETS, type RuleSet, type RuleSetSetting } from "@kontaktplan/schema";

const { settings } = tables;

const NATIONAL_KEY = "ruleSet";
const KOMMUNE_PREFIX = "ruleSet:";

export function ruleSetKey(kommunekode: string | null): string {
  return kommunekode === null ? NATIONAL_KEY : `${KOMMUNE_PREFIX}${kommunekode}`;
}

function asRuleSet(value: unknown): RuleSet | undefined {
  return RULE_SETS.find((r) => r === value);
}

type Stored = Map<string, RuleSet | undefined>;

function resolve(stored: Stored, kommunekode: string | null): RuleSetSetting {
  const own = kommunekode === null ? undefined : stored.get(ruleSetKey(kommunekode));
  if (own) return { ruleSet: own, scope: "kommune", kommunekode };
  return { ruleSet: stored.get(NATIONAL_KEY) ?? DEFAULT_RULE_SET, scope: "national", kommunekode: null };
}

async function load(db: Db, where: SQL | undefined): Promise<Stored> {
  const rows = await db.select().from(settings).where(where);
  return new Map(rows.map((r) => [r.key, asRuleSet(r.value)]));
}

/** Every kommune's rule set at once, for callers that span kommuner (a-kasse staff). */
export async function ruleSetResolver(db: Db): Promise<(kommunekode: string | null) => RuleSetSetting> {
  const stored = await load(db, or(eq(settings.key, NATIONAL_KEY), like(settings.key, `${KOMMUNE_PREFIX}%`)));
  return (kommunekode) => resolve(stored, kommunekode);
}

export async function ruleSetFor(db: Db, kommunekode: string | null): Promise<RuleSetSetting> {
  const stored = await load(db, inArray(settings.key, [NATIONAL_KEY, ...(kommunekode === null ? [] : [ruleSetKey(kommunekode)])]));
  return resolve(stored, kommunekode);
}

export async function storeRuleSet(db: Db, kommunekode: string | null, ruleSet: RuleSet): Promise<void> {
  await db
    .insert(settings)
    .values({ key: ruleSetKey(kommunekode), value: ruleSet })
    .onConflictDoUpdate({ target: settings.key, set: { value: ruleSet } });
}
