/**
 * The server's current versions of replicated entities as sync records: for a page of citizens
 * (the first download) and for entities named by the change log (pull) or by a pushed change.
 */
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { type ChangeEntity, RULE_SETS, type RuleSet, type SyncRecord, type SyncScope, type SyncSetting } from "@kontaktplan/schema";
import { groupBy, loadCaseData, type CaseData } from "../domain/case-data.js";
import { anmodningOf, citizenRecordOf, forloebRecordOf, meetingRecordOf, syncUserOf } from "../domain/records.js";
import { ruleSetKey } from "../domain/rule-set.js";
import { citizenVisible } from "../tenancy/visibility.js";
import type { JobcentreScope } from "./scope.js";

const { citizens, forloeb, meetings, pauses, requests, settings, teams, users } = tables;

/** A record and the citizen it belongs to (for the audit log); settings belong to none. */
export interface Located {
  record: SyncRecord;
  citizenId: string | null;
}

export interface EntityRef {
  entity: ChangeEntity;
  id: string;
  /** For a citizen's change: the caseworker who held the citizen before it (an assignment). */
  previousCaseworkerId?: string | null;
}

/** The citizens a desktop keeps: the kommune's, or only the caseworker's own. */
export function caseloadCondition(scope: JobcentreScope, syncScope: SyncScope): SQL | undefined {
  return and(citizenVisible(scope), syncScope === "mine" ? eq(citizens.caseworkerId, scope.userId) : undefined);
}

/** Every entity of the loaded forløb as records. */
export function recordsOf(data: CaseData): Located[] {
  const pausesByForloeb = groupBy(data.pauses, (p) => p.forloebId);
  const citizenOf = new Map(data.forloeb.map((f) => [f.id, f.citizenId]));
  const located: Located[] = data.forloeb.map((f) => ({
    record: { entity: "forloeb", id: f.id, record: forloebRecordOf(f, pausesByForloeb.get(f.id) ?? []) },
    citizenId: f.citizenId,
  }));
  for (const p of data.pauses) {
    located.push({
      record: { entity: "pause", id: p.id, record: { id: p.id, forloebId: p.forloebId, from: p.from, to: p.to, reason: p.reason } },
      citizenId: citizenOf.get(p.forloebId) ?? null,
    });
  }
  for (const m of data.meetings) {
    located.push({ record: { entity: "meeting", id: m.id, record: meetingRecordOf(m) }, citizenId: citizenOf.get(m.forloebId) ?? null });
  }
  for (const r of data.requests) {
    located.push({ record: { entity: "request", id: r.id, record: anmodningOf(r) }, citizenId: citizenOf.get(r.forloebId) ?? null });
  }
  return located;
}

/** The national rule set and the kommune's own, as stored (absent keys are simply not listed). */
export async function ruleSetSettings(db: Db, kommunekode: string): Promise<SyncSetting[]> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [ruleSetKey(null), ruleSetKey(kommunekode)]));
  return rows.flatMap((r) => (isRuleSet(r.value) ? [{ key: r.key, value: r.value }] : []));
}

function isRuleSet(value: unknown): value is RuleSet {
  return (RULE_SETS as readonly unknown[]).includes(value);
}

/** For each child table, the forløb each of the given rows hangs off (rows that are gone are absent). */
async function forloebOfRows(db: Db, refs: readonly EntityRef[]): Promise<Map<string, string>> {
  const idsOf = (entity: string) => refs.filter((r) => r.entity === entity).map((r) => r.id);
  const lookups: Promise<{ id: string; forloebId: string }[]>[] = [];
  const forloebIds = idsOf("forloeb");
  if (forloebIds.length > 0) lookups.push(db.select({ id: forloeb.id, forloebId: forloeb.id }).from(forloeb).where(inArray(forloeb.id, forloebIds)));
  for (const [entity, table] of [
    ["pause", pauses],
    ["meeting", meetings],
    ["request", requests],
  ] as const) {
    const ids = idsOf(entity);
    if (ids.length > 0) lookups.push(db.select({ id: table.id, forloebId: table.forloebId }).from(table).where(inArray(table.id, ids)));
  }
  const found = new Map<string, string>();
  // One after another: inside a transaction they share one connection.
  for (const lookup of lookups) for (const row of await lookup) found.set(row.id, row.forloebId);
  return found;
}

/**
 * The current version of each entity: `record: null` when it no longer exists; left out when it
 * exists outside the caseload (another caseworker's citizen) or is not replicated (slots, joint
 * bookings and proposals). Settings are answered with the rule-set settings.
 */
export async function currentRecords(db: Db, scope: JobcentreScope, syncScope: SyncScope, refs: readonly EntityRef[]): Promise<Located[]> {
  const wanted = new Map<string, EntityRef>();
  for (const ref of refs) if (ref.entity !== "setting") wanted.set(`${ref.entity}:${ref.id}`, ref);
  const replicated = [...wanted.values()].filter((r) => ["forloeb", "pause", "meeting", "request"].includes(r.entity));
  const located: Located[] = [];
  if (replicated.length > 0) {
    const forloebOf = await forloebOfRows(db, replicated);
    const forloebIds = [...new Set(forloebOf.values())];
    const data =
      forloebIds.length > 0
        ? await loadCaseData(db, and(caseloadCondition(scope, syncScope), inArray(forloeb.id, forloebIds)))
        : { forloeb: [], pauses: [], meetings: [], requests: [] };
    const loaded = new Map(recordsOf(data).map((l) => [`${l.record.entity}:${l.record.id}`, l]));
    for (const ref of replicated) {
      const key = `${ref.entity}:${ref.id}`;
      const hit = loaded.get(key);
      if (hit) located.push(hit);
      else if (!forloebOf.has(ref.id)) located.push({ record: { entity: ref.entity, id: ref.id, record: null } as SyncRecord, citizenId: null });
    }
  }
  const leftFrom = new Set(refs.flatMap((r) => (r.entity === "citizen" && r.previousCaseworkerId === scope.userId ? [r.id] : [])));
  located.push(...(await citizensWithRecords(db, scope, syncScope, idsOf(wanted, "citizen"), leftFrom)));
  located.push(...(await colleagues(db, scope, idsOf(wanted, "user"), idsOf(wanted, "team"))));
  if (refs.some((r) => r.entity === "setting")) {
    const stored = await ruleSetSettings(db, scope.kommunekode);
    for (const key of [ruleSetKey(null), ruleSetKey(scope.kommunekode)]) {
      const setting = stored.find((s) => s.key === key) ?? null;
      located.push({ record: { entity: "setting", id: key, record: setting }, citizenId: null });
    }
  }
  // A record can come twice (a changed forløb of a citizen who also entered the caseload): once is enough.
  const seen = new Set<string>();
  return located.filter((l) => {
    const key = `${l.record.entity}:${l.record.id}`;
    return !seen.has(key) && seen.add(key);
  });
}

function idsOf(wanted: ReadonlyMap<string, EntityRef>, entity: string): string[] {
  return [...wanted.values()].filter((r) => r.entity === entity).map((r) => r.id);
}

/**
 * Changed citizens: those in the caseload with every record they hold (a citizen just created or
 * assigned to the caseworker has nothing on the desktop yet); those outside it as gone when the
 * desktop may hold them: every one for the kommune's caseload, only those assigned away from the
 * caseworker (`leftFrom`) for the caseworker's own. A colleague's new citizen is none of its business.
 */
async function citizensWithRecords(
  db: Db,
  scope: JobcentreScope,
  syncScope: SyncScope,
  ids: readonly string[],
  leftFrom: ReadonlySet<string>,
): Promise<Located[]> {
  if (ids.length === 0) return [];
  const inCaseload = and(caseloadCondition(scope, syncScope), inArray(citizens.id, [...ids]));
  const rows = await db.select().from(citizens).where(inCaseload);
  const located: Located[] = rows.map((c) => ({ record: { entity: "citizen", id: c.id, record: citizenRecordOf(c) }, citizenId: c.id }));
  if (rows.length > 0) located.push(...recordsOf(await loadCaseData(db, inCaseload)));
  const kept = new Set(rows.map((c) => c.id));
  const gone = ids.filter((id) => !kept.has(id) && (syncScope === "kommune" || leftFrom.has(id)));
  for (const id of gone) located.push({ record: { entity: "citizen", id, record: null }, citizenId: null });
  return located;
}

/**
 * The citizens the located records belong to, when not among them: for a pull of the caseworker's
 * own caseload, where a citizen assigned since may not be on the desktop yet when its forløb's
 * changes come (in a pull page before the assignment's).
 */
export async function ownersOf(db: Db, located: readonly Located[]): Promise<Located[]> {
  const present = new Set(located.flatMap((l) => (l.record.entity === "citizen" ? [l.record.id] : [])));
  const ids = [...new Set(located.flatMap((l) => (l.citizenId !== null && l.record.record !== null && !present.has(l.citizenId) ? [l.citizenId] : [])))];
  if (ids.length === 0) return [];
  const rows = await db.select().from(citizens).where(inArray(citizens.id, ids));
  return rows.map((c) => ({ record: { entity: "citizen", id: c.id, record: citizenRecordOf(c) }, citizenId: c.id }));
}

/**
 * The jobcentre's changed users and teams. The pulling caseworker's own row carries their current
 * password hash, as the first download's does: after a password change or reset, the desktop's
 * offline sign-in follows the server's (the old password stops working, the new one works). Nobody
 * else's hash ever goes to a desktop: it would let anyone holding the machine guess a colleague's
 * password offline. Their rows come without one, and the desktop forgets any it kept (packages/sync).
 */
async function colleagues(db: Db, scope: JobcentreScope, userIds: readonly string[], teamIds: readonly string[]): Promise<Located[]> {
  const located: Located[] = [];
  if (userIds.length > 0) {
    const rows = await db
      .select()
      .from(users)
      .where(and(eq(users.organisationId, scope.organisationId), inArray(users.id, [...userIds])));
    for (const u of rows)
      located.push({ record: { entity: "user", id: u.id, record: syncUserOf(u, u.id === scope.userId ? u.passwordHash : null) }, citizenId: null });
  }
  if (teamIds.length > 0) {
    const rows = await db
      .select()
      .from(teams)
      .where(and(eq(teams.organisationId, scope.organisationId), inArray(teams.id, [...teamIds])));
    for (const t of rows)
      located.push({ record: { entity: "team", id: t.id, record: { id: t.id, organisationId: t.organisationId, name: t.name } }, citizenId: null });
  }
  return located;
}
