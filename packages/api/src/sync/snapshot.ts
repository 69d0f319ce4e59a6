/**
 * The first download: the caseload's citizens in pages ordered by id, each with all their forløb,
 * pauses, meetings and requests; the first page also carries what those refer to.
 */
import { and, asc, count, eq, gt, inArray, max, or } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { SnapshotPage, SyncReference, SyncScope } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { loadCaseData } from "../domain/case-data.js";
import { citizenRecordOf, syncUserOf } from "../domain/records.js";
import { caseloadCondition, recordsOf, ruleSetSettings } from "./records.js";
import type { JobcentreScope } from "./scope.js";

const { changeLog, citizens, organisations, teams, users } = tables;

/** The newest change-log position of the kommune: every change up to it is committed (migration 0006). */
export async function kommuneSeq(db: Db, kommunekode: string): Promise<number> {
  const [row] = await db
    .select({ seq: max(changeLog.seq) })
    .from(changeLog)
    .where(eq(changeLog.kommunekode, kommunekode));
  return row?.seq ?? 0;
}

async function referenceOf(db: Db, scope: JobcentreScope): Promise<SyncReference> {
  const orgs = await db
    .select({ id: organisations.id, kind: organisations.kind, name: organisations.name, kommunekode: organisations.kommunekode })
    .from(organisations)
    .where(or(eq(organisations.id, scope.organisationId), eq(organisations.kind, "akasse")));
  const teamRows = await db
    .select({ id: teams.id, organisationId: teams.organisationId, name: teams.name })
    .from(teams)
    .where(eq(teams.organisationId, scope.organisationId));
  const staff = await db.select().from(users).where(eq(users.organisationId, scope.organisationId));
  return {
    userId: scope.userId,
    organisations: orgs,
    teams: teamRows,
    // Only the caseworker's own password hash travels, so they can sign in to the desktop offline.
    users: staff.map((u) => syncUserOf(u, u.id === scope.userId ? u.passwordHash : null)),
    settings: await ruleSetSettings(db, scope.kommunekode),
  };
}

export async function snapshotPage(db: Db, scope: JobcentreScope, input: { scope: SyncScope; after: string | null; limit: number }): Promise<SnapshotPage> {
  // Read before the data, so whatever changes meanwhile is pulled again from here.
  const seq = await kommuneSeq(db, scope.kommunekode);
  const inCaseload = caseloadCondition(scope, input.scope);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(citizens).where(inCaseload);
  const rows = await db
    .select()
    .from(citizens)
    .where(and(inCaseload, input.after === null ? undefined : gt(citizens.id, input.after)))
    .orderBy(asc(citizens.id))
    .limit(input.limit + 1);
  const more = rows.length > input.limit;
  const page = more ? rows.slice(0, input.limit) : rows;
  const ids = page.map((c) => c.id);
  const data = ids.length > 0 ? await loadCaseData(db, and(inCaseload, inArray(citizens.id, ids))) : null;
  const reference = input.after === null ? await referenceOf(db, scope) : null;
  if (ids.length > 0) await auditRead(db, scope, "sync.snapshot", ids, { scope: input.scope });
  return {
    seq,
    total,
    reference,
    citizens: page.map(citizenRecordOf),
    records: data ? recordsOf(data).map((l) => l.record) : [],
    next: more ? (page.at(-1)?.id ?? null) : null,
  };
}
