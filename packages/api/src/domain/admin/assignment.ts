/**
 * Which caseworker holds which citizens of the kommune: the jobcentre admin's list (names only,
 * never a CPR number) and the single or bulk (re)assignment.
 */
import { and, asc, count, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { AssignInput, AssignmentPage, AssignResult } from "@kontaktplan/schema";
import { auditRead } from "../../audit.js";
import { recordChanges } from "../../change-log.js";
import { fieldError, notFound } from "../../errors.js";
import type { ScopeOf } from "../../tenancy/scope.js";
import { citizenVisible } from "../../tenancy/visibility.js";
import { auditAdmin } from "./admin-audit.js";

const { citizens, users } = tables;

type JobcentreAdmin = ScopeOf<"jobcenter_admin">;

export async function assignmentPage(
  db: Db,
  scope: JobcentreAdmin,
  query: { caseworker?: string | undefined; page: number; pageSize: number },
): Promise<AssignmentPage> {
  const holder: SQL | undefined =
    query.caseworker === undefined ? undefined : query.caseworker === "none" ? isNull(citizens.caseworkerId) : eq(citizens.caseworkerId, query.caseworker);
  const where = and(citizenVisible(scope), holder);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(citizens).where(where);
  const rows = await db
    .select({ citizenId: citizens.id, name: citizens.name, caseworkerId: citizens.caseworkerId, caseworkerName: users.name })
    .from(citizens)
    .leftJoin(users, eq(users.id, citizens.caseworkerId))
    .where(where)
    .orderBy(asc(citizens.name), asc(citizens.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (rows.length > 0)
    await auditRead(
      db,
      scope,
      "assignment.list",
      rows.map((r) => r.citizenId),
    );
  return { total, page: query.page, pageSize: query.pageSize, rows };
}

/** Give the citizens to one active caseworker of the jobcentre (or to none). All or nothing. */
export async function assign(db: Db, scope: JobcentreAdmin, input: AssignInput): Promise<AssignResult> {
  if (input.caseworkerId !== null) {
    const [caseworker] = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, input.caseworkerId),
          eq(users.organisationId, scope.organisationId),
          inArray(users.role, ["sagsbehandler", "jobcenter_admin"]),
          eq(users.disabled, false),
        ),
      );
    if (!caseworker) throw fieldError("caseworkerId", "Vælg en aktiv sagsbehandler i jobcentret");
  }
  const ids = [...new Set(input.citizenIds)];
  const found = await db
    .select({ id: citizens.id, caseworkerId: citizens.caseworkerId })
    .from(citizens)
    .where(and(citizenVisible(scope), inArray(citizens.id, ids)))
    .for("update");
  // One citizen of another kommune (or none at all) refuses the whole request, without saying which exist.
  if (found.length !== ids.length) throw notFound("Borgeren");
  const moved = found.filter((c) => c.caseworkerId !== input.caseworkerId);
  if (moved.length === 0) return { changed: 0, unchanged: found.length };
  await db
    .update(citizens)
    .set({ caseworkerId: input.caseworkerId })
    .where(
      inArray(
        citizens.id,
        moved.map((c) => c.id),
      ),
    );
  // Grouped by previous caseworker, so each audit row says who held the citizen before.
  const byBefore = new Map<string | null, string[]>();
  for (const c of moved) byBefore.set(c.caseworkerId, [...(byBefore.get(c.caseworkerId) ?? []), c.id]);
  for (const [before, citizenIds] of byBefore) {
    await auditAdmin(db, scope, "admin.citizen.assign", {
      organisationId: scope.organisationId,
      targetUserId: input.caseworkerId,
      citizenIds,
      before: { caseworkerId: before },
      after: { caseworkerId: input.caseworkerId },
    });
  }
  await recordChanges(
    db,
    moved.map((c) => ({
      kommunekode: scope.kommunekode,
      entity: "citizen" as const,
      entityId: c.id,
      op: "upsert" as const,
      payload: { caseworkerId: input.caseworkerId, previousCaseworkerId: c.caseworkerId },
    })),
  );
  return { changed: moved.length, unchanged: found.length - moved.length };
}
