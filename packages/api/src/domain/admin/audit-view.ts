/**
 * The admins' audit view: the administration trail (`admin-audit.ts`), newest first, filtered by
 * action, user (who did it or to whom), organisation and Copenhagen dates. An organisation's
 * admin sees their own organisation's rows; the system admin sees all. It names citizens by name
 * only: a CPR number is neither stored in the trail nor read for it.
 */
import { and, count, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { tables, type Db } from "@kontaktplan/db";
import { ADMIN_ACTIONS, type AdminAction, type AuditEntry, type AuditPage } from "@kontaktplan/schema";
import { copenhagenInstant } from "../../time.js";
import type { AdminScope } from "./users.js";

const { auditLog, citizens, users } = tables;
const actors = alias(users, "actors");
const targets = alias(users, "targets");

export interface AuditFilter {
  action?: AdminAction | undefined;
  userId?: string | undefined;
  organisationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const detail = (key: string) => sql<string | null>`${auditLog.details} ->> ${key}`;

export async function auditPage(db: Db, scope: AdminScope, filter: AuditFilter): Promise<AuditPage> {
  const organisationId = scope.kind === "system" ? filter.organisationId : scope.organisationId;
  const conditions: (SQL | undefined)[] = [
    // The first condition lets PostgreSQL use the partial index of administration rows.
    like(auditLog.action, "admin.%"),
    inArray(auditLog.action, filter.action ? [filter.action] : [...ADMIN_ACTIONS]),
    organisationId === undefined ? undefined : eq(detail("organisationId"), organisationId),
    filter.userId === undefined ? undefined : or(eq(auditLog.userId, filter.userId), eq(detail("targetUserId"), filter.userId)),
    filter.from === undefined ? undefined : gte(auditLog.at, copenhagenInstant(filter.from, "00:00").toISOString()),
    filter.to === undefined ? undefined : lt(auditLog.at, copenhagenInstant(dayAfter(filter.to), "00:00").toISOString()),
  ];
  const where = and(...conditions);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      details: auditLog.details,
      actorId: actors.id,
      actorName: actors.name,
      actorEmail: actors.email,
      targetId: targets.id,
      targetName: targets.name,
      targetEmail: targets.email,
      citizenName: citizens.name,
    })
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.userId))
    .leftJoin(targets, eq(sql`${targets.id}::text`, detail("targetUserId")))
    .leftJoin(citizens, eq(citizens.id, auditLog.citizenId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total, page: filter.page, pageSize: filter.pageSize, rows: rows.map(entryOf) };
}

type Row = {
  id: number;
  at: string;
  action: string;
  details: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  targetId: string | null;
  targetName: string | null;
  targetEmail: string | null;
  citizenName: string | null;
};

const party = (id: string | null, name: string | null, email: string | null) => (id === null ? null : { id, name: name ?? "", email: email ?? "" });
const record = (value: unknown) => (value !== null && typeof value === "object" ? (value as Record<string, unknown>) : null);

function entryOf(r: Row): AuditEntry {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action as AdminAction,
    actor: party(r.actorId, r.actorName, r.actorEmail),
    target: party(r.targetId, r.targetName, r.targetEmail),
    organisationId: typeof r.details["organisationId"] === "string" ? r.details["organisationId"] : null,
    citizenName: r.citizenName,
    before: record(r.details["before"]),
    after: record(r.details["after"]),
  };
}
