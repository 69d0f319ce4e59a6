/**
 * Users, as administrators manage them. The system admin manages the administrators of every
 * organisation; a jobcentre admin the staff of their own jobcentre; an a-kasse admin the staff of
 * their own a-kasse. A user of another organisation is NOT_FOUND, as everywhere in the API.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { type Db, onlyRow, tables, type UserRole } from "@kontaktplan/db";
import type { AdminUser, UserCreateInput, UserUpdateInput, UserWithPassword } from "@kontaktplan/schema";
import { hashPassword } from "../../auth/password.js";
import { oneTimePassword } from "../../auth/one-time-password.js";
import { recordChanges } from "../../change-log.js";
import { fieldError, notFound } from "../../errors.js";
import type { ScopeOf } from "../../tenancy/scope.js";
import { auditAdmin, difference } from "./admin-audit.js";

const { organisations, sessions, teams, users } = tables;

export type AdminScope = ScopeOf<"system_admin" | "jobcenter_admin" | "akasse_admin">;

export interface OrganisationRef {
  id: string;
  kind: "jobcenter" | "akasse";
  kommunekode: string | null;
}

/** The organisation an admin acts in: their own, or for the system admin the one named. */
export async function organisationFor(db: Db, scope: AdminScope, organisationId: string | undefined): Promise<OrganisationRef> {
  const wanted = scope.kind === "system" ? organisationId : scope.organisationId;
  if (wanted === undefined) throw fieldError("organisationId", "Vælg en organisation");
  if (organisationId !== undefined && organisationId !== wanted) throw notFound("Organisationen");
  const [org] = await db
    .select({ id: organisations.id, kind: organisations.kind, kommunekode: organisations.kommunekode })
    .from(organisations)
    .where(eq(organisations.id, wanted));
  if (!org) throw notFound("Organisationen");
  return org;
}

/**
 * The roles an admin may give in an organisation of this kind: the system admin appoints each
 * organisation's administrators; an organisation's admin gives the roles of their own kind.
 */
export function assignableRoles(scope: AdminScope, kind: "jobcenter" | "akasse"): readonly UserRole[] {
  if (scope.kind === "system") return kind === "jobcenter" ? ["jobcenter_admin"] : ["akasse_admin"];
  return kind === "jobcenter" ? ["sagsbehandler", "jobcenter_admin"] : ["akasse", "akasse_admin"];
}

const ROLE_NAMES: Record<UserRole, string> = {
  sagsbehandler: "sagsbehandler",
  jobcenter_admin: "jobcenteradministrator",
  akasse: "a-kassemedarbejder",
  akasse_admin: "a-kasseadministrator",
  system_admin: "systemadministrator",
};

function checkRole(scope: AdminScope, org: OrganisationRef, role: UserRole): void {
  const allowed = assignableRoles(scope, org.kind);
  if (!allowed.includes(role)) {
    throw fieldError("role", `Du kan kun give rollen ${allowed.map((r) => ROLE_NAMES[r]).join(" eller ")} her`);
  }
}

async function checkTeam(db: Db, org: OrganisationRef, teamId: string | null): Promise<void> {
  if (teamId === null) return;
  if (org.kind !== "jobcenter") throw fieldError("teamId", "A-kasser har ingen teams");
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, org.id)));
  if (!team) throw fieldError("teamId", "Teamet findes ikke i organisationen");
}

const ADMIN_USER_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  organisationId: users.organisationId,
  teamId: users.teamId,
  teamName: teams.name,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

function adminUserOf(row: AdminUser): AdminUser {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}

export async function listUsers(db: Db, scope: AdminScope, organisationId: string | undefined): Promise<AdminUser[]> {
  const org = await organisationFor(db, scope, organisationId);
  const rows = await db
    .select(ADMIN_USER_COLUMNS)
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(eq(users.organisationId, org.id))
    .orderBy(asc(users.disabled), asc(users.name), asc(users.email));
  return rows.map(adminUserOf);
}

/** A user the admin may manage, locked for the change; NOT_FOUND for anyone else's. */
async function managedUser(db: Db, scope: AdminScope, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user || user.organisationId === null) throw notFound("Brugeren");
  if (scope.kind !== "system" && user.organisationId !== scope.organisationId) throw notFound("Brugeren");
  const org = await organisationFor(db, scope, scope.kind === "system" ? user.organisationId : undefined);
  // The system admin manages the administrators only; staff are their organisation's business.
  if (scope.kind === "system" && !assignableRoles(scope, org.kind).includes(user.role)) throw notFound("Brugeren");
  return { user, org };
}

async function adminUser(db: Db, userId: string): Promise<AdminUser> {
  const row = onlyRow(await db.select(ADMIN_USER_COLUMNS).from(users).leftJoin(teams, eq(teams.id, users.teamId)).where(eq(users.id, userId)));
  return adminUserOf(row);
}

/**
 * Tell the desktops of the user's kommune that the user changed, so their next pull re-reads the row
 * (`SyncUser`): a new name, team or role, a deactivation, or a new password. The log row itself never
 * holds a password hash; the pull sends the hash to the user's own desktop only (sync/records.ts).
 */
export async function logUserChange(db: Db, org: Pick<OrganisationRef, "kommunekode">, userId: string): Promise<void> {
  if (org.kommunekode === null) return;
  const u = await adminUser(db, userId);
  await recordChanges(db, [
    {
      kommunekode: org.kommunekode,
      entity: "user",
      entityId: userId,
      op: "upsert",
      payload: { name: u.name, role: u.role, teamId: u.teamId, disabled: u.disabled },
    },
  ]);
}

async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  return row !== undefined;
}

export async function createUser(db: Db, scope: AdminScope, input: UserCreateInput): Promise<UserWithPassword> {
  const org = await organisationFor(db, scope, input.organisationId);
  checkRole(scope, org, input.role);
  const teamId = input.teamId ?? null;
  await checkTeam(db, org, teamId);
  if (await emailTaken(db, input.email)) throw fieldError("email", "Der findes allerede en bruger med denne e-mailadresse", "CONFLICT");
  const password = oneTimePassword();
  const created = onlyRow(
    await db
      .insert(users)
      .values({
        organisationId: org.id,
        teamId,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      })
      .returning({ id: users.id }),
  );
  const user = await adminUser(db, created.id);
  await auditAdmin(db, scope, "admin.user.create", {
    organisationId: org.id,
    targetUserId: user.id,
    after: { email: user.email, name: user.name, role: user.role, teamId: user.teamId },
  });
  await logUserChange(db, org, user.id);
  return { user, oneTimePassword: password };
}

export async function updateUser(db: Db, scope: AdminScope, input: UserUpdateInput): Promise<AdminUser> {
  const { user, org } = await managedUser(db, scope, input.userId);
  const next = {
    name: input.name ?? user.name,
    role: input.role ?? user.role,
    teamId: input.teamId === undefined ? user.teamId : input.teamId,
  };
  if (next.role !== user.role) {
    // An admin who demotes themselves may leave the organisation without anyone to manage it.
    if (user.id === scope.userId) throw fieldError("role", "Du kan ikke ændre din egen rolle");
    checkRole(scope, org, next.role);
  }
  if (next.teamId !== user.teamId) await checkTeam(db, org, next.teamId);
  const change = difference({ name: user.name, role: user.role, teamId: user.teamId }, next);
  if (Object.keys(change.after).length === 0) return adminUser(db, user.id);
  await db.update(users).set(next).where(eq(users.id, user.id));
  await auditAdmin(db, scope, "admin.user.update", { organisationId: org.id, targetUserId: user.id, ...change });
  await logUserChange(db, org, user.id);
  return adminUser(db, user.id);
}

/** End every session of a user (all of them, or all but one). */
export async function endSessionsOf(db: Db, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/** Deactivating signs the user out everywhere at once; a deactivated user cannot sign in. */
export async function setActive(db: Db, scope: AdminScope, userId: string, active: boolean): Promise<AdminUser> {
  const { user, org } = await managedUser(db, scope, userId);
  if (!active && user.id === scope.userId) throw fieldError("userId", "Du kan ikke deaktivere dig selv");
  if (user.disabled === !active) return adminUser(db, user.id);
  await db.update(users).set({ disabled: !active }).where(eq(users.id, user.id));
  const endedSessions = active ? 0 : await endSessionsOf(db, user.id);
  await auditAdmin(db, scope, active ? "admin.user.reactivate" : "admin.user.deactivate", {
    organisationId: org.id,
    targetUserId: user.id,
    before: { disabled: user.disabled },
    after: { disabled: !active, ...(active ? {} : { endedSessions }) },
  });
  await logUserChange(db, org, user.id);
  return adminUser(db, user.id);
}

/** A new one-time password; the old one and every session stop working at once. */
export async function resetPassword(db: Db, scope: AdminScope, userId: string): Promise<UserWithPassword> {
  const { user, org } = await managedUser(db, scope, userId);
  if (user.id === scope.userId) throw fieldError("userId", "Skift din egen adgangskode under Min konto");
  const password = oneTimePassword();
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: true })
    .where(eq(users.id, user.id));
  const endedSessions = await endSessionsOf(db, user.id);
  await auditAdmin(db, scope, "admin.user.reset-password", { organisationId: org.id, targetUserId: user.id, after: { endedSessions } });
  // The old password must stop opening the user's desktop offline too, once it pulls.
  await logUserChange(db, org, user.id);
  return { user: await adminUser(db, user.id), oneTimePassword: password };
}

/**
 * A system administrator, made on the server itself (`kontakt admin create-system-admin`): the
 * only way to the first one, since no default password exists. Answers the one-time password.
 */
export async function createSystemAdmin(db: Db, input: { email: string; name: string }): Promise<{ id: string; oneTimePassword: string }> {
  if (await emailTaken(db, input.email)) throw fieldError("email", "Der findes allerede en bruger med denne e-mailadresse", "CONFLICT");
  const password = oneTimePassword();
  const created = onlyRow(
    await db
      .insert(users)
      .values({
        organisationId: null,
        email: input.email,
        name: input.name,
        role: "system_admin",
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      })
      .returning({ id: users.id }),
  );
  await auditAdmin(db, { userId: null }, "admin.user.create", {
    organisationId: null,
    targetUserId: created.id,
    after: { email: input.email, name: input.name, role: "system_admin", via: "kontakt admin" },
  });
  return { id: created.id, oneTimePassword: password };
}
