/**
 * Who may see what, decided once per request from the signed-in user. Every citizen query
 * filters through `visibility.ts` with this scope; nothing else decides tenancy.
 */
import type { UserRole } from "@kontaktplan/db";

interface JobcentreFields {
  kind: "jobcenter";
  userId: string;
  organisationId: string;
  /** Tenancy key: the jobcentre sees exactly the citizens of this kommune. */
  kommunekode: string;
  teamId: string | null;
}

export type Scope =
  | (JobcentreFields & { role: "sagsbehandler" })
  | (JobcentreFields & { role: "jobcenter_admin" })
  /** A-kasse staff see their own members' dagpenge forløb only. */
  | { kind: "akasse"; role: "akasse"; userId: string; organisationId: string }
  /** The a-kasse's administrator: its users, not its members' cases. */
  | { kind: "akasse"; role: "akasse_admin"; userId: string; organisationId: string }
  | { kind: "system"; role: "system_admin"; userId: string };

export type ScopeOf<R extends UserRole> = Extract<Scope, { role: R }>;
export type AkasseScope = ScopeOf<"akasse">;

interface ScopeSource {
  id: string;
  role: UserRole;
  teamId: string | null;
  organisation: { id: string; kind: "jobcenter" | "akasse"; kommunekode: string | null } | null;
}

/** The scope of a user, or null when the account's role does not fit its organisation. */
export function scopeOf(user: ScopeSource): Scope | null {
  const org = user.organisation;
  switch (user.role) {
    case "system_admin":
      return org === null ? { kind: "system", role: user.role, userId: user.id } : null;
    case "akasse":
    case "akasse_admin":
      if (org?.kind !== "akasse") return null;
      return user.role === "akasse"
        ? { kind: "akasse", role: user.role, userId: user.id, organisationId: org.id }
        : { kind: "akasse", role: user.role, userId: user.id, organisationId: org.id };
    case "sagsbehandler":
    case "jobcenter_admin": {
      if (org?.kind !== "jobcenter" || org.kommunekode === null) return null;
      const fields: JobcentreFields = {
        kind: "jobcenter",
        userId: user.id,
        organisationId: org.id,
        kommunekode: org.kommunekode,
        teamId: user.teamId,
      };
      return user.role === "sagsbehandler" ? { ...fields, role: user.role } : { ...fields, role: user.role };
    }
  }
}

export function hasRole<R extends UserRole>(scope: Scope, roles: readonly R[]): scope is ScopeOf<R> {
  return (roles as readonly UserRole[]).includes(scope.role);
}
