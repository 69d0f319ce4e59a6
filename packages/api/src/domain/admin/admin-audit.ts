/**
 * The administration trail: every admin action (and every user's own password and session
 * changes) as `audit_log` rows with an `admin.` action, in the transaction of the change. Details
 * name the organisation and the user it concerns and what changed (ids, codes, names; never a
 * password, a hash or a CPR number), which is what the audit view (`audit-view.ts`) shows.
 */
import type { Db } from "@kontaktplan/db";
import type { AdminAction } from "@kontaktplan/schema";
import { audit, type Actor } from "../../audit.js";

export interface AdminFact {
  /** The organisation the change concerns (null: the system itself, e.g. a new system admin). */
  organisationId: string | null;
  targetUserId?: string | null;
  /** Citizens whose caseworker changed: one row each. */
  citizenIds?: readonly string[];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export async function auditAdmin(db: Db, actor: Actor, action: AdminAction, fact: AdminFact): Promise<void> {
  await audit(db, actor, action, fact.citizenIds && fact.citizenIds.length > 0 ? fact.citizenIds : null, {
    organisationId: fact.organisationId,
    targetUserId: fact.targetUserId ?? null,
    before: fact.before ?? null,
    after: fact.after ?? null,
  });
}

/** Only the fields that differ, as `before` and `after`. */
export function difference<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const keys = Object.keys(after).filter((k) => before[k] !== after[k]);
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])) as Partial<T>,
    after: Object.fromEntries(keys.map((k) => [k, after[k]])) as Partial<T>,
  };
}
