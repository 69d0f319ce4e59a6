/**
 * The rule set in force. A national setting (system admin, default `gaeldende`: each forløb under
 * the law in force on its start, RULES.md §8) that a kommune's
 * jobcentre admin may override for that kommune only: one kommune's choice never reaches another.
 */
import { eq, inArray, like, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
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

type Stored = Map<string, unknown>;

/** The setting in force from the stored values (as read, unchecked): the kommune's own, else the national one. */
export function resolveRuleSet(kommunekode: string | null, own: unknown, national: unknown): RuleSetSetting {
  const ownRuleSet = kommunekode === null ? undefined : asRuleSet(own);
  if (ownRuleSet) return { ruleSet: ownRuleSet, scope: "kommune", kommunekode };
  return { ruleSet: asRuleSet(national) ?? DEFAULT_RULE_SET, scope: "national", kommunekode: null };
}

function resolve(stored: Stored, kommunekode: string | null): RuleSetSetting {
  return resolveRuleSet(kommunekode, kommunekode === null ? undefined : stored.get(ruleSetKey(kommunekode)), stored.get(NATIONAL_KEY));
}

/** The stored values `resolveRuleSet` takes, as columns of a query about the kommune in `kommunekode` (an SQL expression). */
export function ruleSetColumns(kommunekode: SQL | AnyColumn) {
  return {
    ownRuleSet: sql<unknown>`(select ${settings.value} from ${settings} where ${settings.key} = ${KOMMUNE_PREFIX} || ${kommunekode})`,
    nationalRuleSet: sql<unknown>`(select ${settings.value} from ${settings} where ${settings.key} = ${NATIONAL_KEY})`,
  };
}

async function load(db: Db, where: SQL | undefined): Promise<Stored> {
  const rows = await db.select().from(settings).where(where);
  return new Map(rows.map((r) => [r.key, r.value]));
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
