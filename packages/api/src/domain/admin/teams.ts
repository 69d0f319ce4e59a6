/** A jobcentre's teams (compliance is reported per team of each citizen's caseworker). */
import { defined } from "@kontaktplan/rules";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { type Db, onlyRow, tables } from "@kontaktplan/db";
import type { TeamRecord } from "@kontaktplan/schema";
import { recordChanges } from "../../change-log.js";
import { fieldError, notFound } from "../../errors.js";
import type { ScopeOf } from "../../tenancy/scope.js";
import { auditAdmin } from "./admin-audit.js";

const { teams, users } = tables;

type JobcentreAdmin = ScopeOf<"jobcenter_admin">;

export async function listTeams(db: Db, scope: JobcentreAdmin): Promise<TeamRecord[]> {
  return db
    .select({ id: teams.id, name: teams.name, members: sql<number>`(count(${users.id}) filter (where ${users.disabled} = false))::int` })
    .from(teams)
    .leftJoin(users, eq(users.teamId, teams.id))
    .where(eq(teams.organisationId, scope.organisationId))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
}

async function checkNameFree(db: Db, scope: JobcentreAdmin, name: string): Promise<void> {
  const [row] = await db
    .select({ n: count() })
    .from(teams)
    .where(and(eq(teams.organisationId, scope.organisationId), eq(sql`lower(${teams.name})`, name.toLowerCase())));
  if ((row?.n ?? 0) > 0) throw fieldError("name", "Der findes allerede et team med dette navn", "CONFLICT");
}

async function logTeam(db: Db, scope: JobcentreAdmin, team: { id: string; name: string }): Promise<void> {
  await recordChanges(db, [{ kommunekode: scope.kommunekode, entity: "team", entityId: team.id, op: "upsert", payload: { name: team.name } }]);
}

export async function createTeam(db: Db, scope: JobcentreAdmin, name: string): Promise<TeamRecord> {
  await checkNameFree(db, scope, name);
  const team = onlyRow(await db.insert(teams).values({ organisationId: scope.organisationId, name }).returning());
  await auditAdmin(db, scope, "admin.team.create", { organisationId: scope.organisationId, after: { teamId: team.id, name } });
  await logTeam(db, scope, team);
  return { id: team.id, name, members: 0 };
}

export async function renameTeam(db: Db, scope: JobcentreAdmin, teamId: string, name: string): Promise<TeamRecord> {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, scope.organisationId)))
    .for("update");
  if (!team) throw notFound("Teamet");
  if (team.name !== name) {
    if (team.name.toLowerCase() !== name.toLowerCase()) await checkNameFree(db, scope, name);
    await db.update(teams).set({ name }).where(eq(teams.id, teamId));
    await auditAdmin(db, scope, "admin.team.rename", { organisationId: scope.organisationId, before: { teamId, name: team.name }, after: { teamId, name } });
    await logTeam(db, scope, { id: teamId, name });
  }
  return defined(
    (await listTeams(db, scope)).find((t) => t.id === teamId),
    "the renamed team",
  );
}
