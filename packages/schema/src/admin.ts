/**
 * Administration (packages/api `admin.*` and `account.*`): organisations, users, teams, the
 * assignment of citizens to caseworkers, the audit view, and every user's own password and sessions.
 */
import { z } from "zod";
import { ApiDate, EntityId } from "./api.js";
import { ORGANISATION_KINDS, USER_ROLE_CODES } from "./codes.js";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/** NUL, line breaks and other control characters: never part of a name or an address. */
const hasControlCharacter = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** Names of people, teams and organisations: one line of printable text. */
const Name = (what: string, max = 120) =>
  z
    .string()
    .trim()
    .min(1, { error: `Angiv ${what}` })
    .max(max, { error: `Højst ${max} tegn` })
    .refine((v) => !hasControlCharacter(v), { error: "Må ikke indeholde styretegn" });

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "E-mailadressen er for lang" })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "Angiv en gyldig e-mailadresse, fx navn@kommune.dk" })
  .refine((v) => !hasControlCharacter(v), { error: "Angiv en gyldig e-mailadresse, fx navn@kommune.dk" });

// ── Organisations (system admin) ───────────────────────────────────────────────────────────

export const OrganisationCreateInput = z
  .object({
    kind: z.enum(ORGANISATION_KINDS, { error: "Vælg jobcenter eller a-kasse" }),
    name: Name("et navn"),
    /** Three digits, for a jobcentre only (its kommune). */
    kommunekode: z.string().trim().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "jobcenter" && !/^[0-9]{3}$/.test(v.kommunekode ?? "")) {
      ctx.addIssue({ code: "custom", path: ["kommunekode"], message: "Kommunekoden skal være tre cifre, fx 101" });
    }
    if (v.kind === "akasse" && v.kommunekode) {
      ctx.addIssue({ code: "custom", path: ["kommunekode"], message: "En a-kasse har ingen kommunekode" });
    }
  });
export type OrganisationCreateInput = z.infer<typeof OrganisationCreateInput>;

export const OrganisationListItem = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  kommunekode: z.string().nullable(),
  /** Active users, and of those the administrators. */
  users: z.number().int().min(0),
  admins: z.number().int().min(0),
});
export type OrganisationListItem = z.infer<typeof OrganisationListItem>;

// ── Users ──────────────────────────────────────────────────────────────────────────────────

export const AdminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLE_CODES),
  organisationId: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof AdminUser>;

/** The organisation whose users to list; admins of an organisation may leave it out (their own). */
export const UserListQuery = z.object({ organisationId: EntityId.optional() });
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserCreateInput = z.object({
  /** Required of the system admin; an organisation's admin creates users in their own. */
  organisationId: EntityId.optional(),
  email: Email,
  name: Name("et navn"),
  role: z.enum(USER_ROLE_CODES, { error: "Vælg en rolle" }),
  teamId: EntityId.nullish(),
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

/** A user and the one-time password they sign in with once (shown once, never stored in clear). */
export const UserWithPassword = z.object({ user: AdminUser, oneTimePassword: z.string() });
export type UserWithPassword = z.infer<typeof UserWithPassword>;

export const UserUpdateInput = z.object({
  userId: EntityId,
  name: Name("et navn").optional(),
  role: z.enum(USER_ROLE_CODES, { error: "Vælg en rolle" }).optional(),
  /** null: no team. */
  teamId: EntityId.nullish(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserRef = z.object({ userId: EntityId });
export type UserRef = z.infer<typeof UserRef>;

export const UserSetActiveInput = z.object({ userId: EntityId, active: z.boolean() });
export type UserSetActiveInput = z.infer<typeof UserSetActiveInput>;

// ── Teams (jobcentre admin) ────────────────────────────────────────────────────────────────

export const TeamRecord = z.object({ id: z.string(), name: z.string(), members: z.number().int().min(0) });
export type TeamRecord = z.infer<typeof TeamRecord>;

export const TeamCreateInput = z.object({ name: Name("et navn til teamet", 80) });
export type TeamCreateInput = z.infer<typeof TeamCreateInput>;

export const TeamRenameInput = TeamCreateInput.extend({ teamId: EntityId });
export type TeamRenameInput = z.infer<typeof TeamRenameInput>;

// ── Assigning citizens to caseworkers (jobcentre admin) ───────────────────────────────────

export const ASSIGNMENT_BATCH_MAX = 500;

export const AssignmentQuery = z.object({
  /** A caseworker's id, `none` for citizens without a caseworker, or left out for everyone. */
  caseworker: z.union([EntityId, z.literal("none")]).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type AssignmentQuery = z.input<typeof AssignmentQuery>;

/** A citizen as the assignment screen shows them: a name, never a CPR number. */
export const AssignmentRow = z.object({
  citizenId: z.string(),
  name: z.string(),
  caseworkerId: z.string().nullable(),
  caseworkerName: z.string().nullable(),
});
export type AssignmentRow = z.infer<typeof AssignmentRow>;

export const AssignmentPage = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  rows: z.array(AssignmentRow),
});
export type AssignmentPage = z.infer<typeof AssignmentPage>;

export const AssignInput = z.object({
  citizenIds: z
    .array(EntityId)
    .min(1, { error: "Vælg mindst én borger" })
    .max(ASSIGNMENT_BATCH_MAX, { error: `Højst ${ASSIGNMENT_BATCH_MAX} borgere ad gangen` }),
  /** null: take the citizens off their caseworker. */
  caseworkerId: EntityId.nullable(),
});
export type AssignInput = z.infer<typeof AssignInput>;

export const AssignResult = z.object({ changed: z.number().int().min(0), unchanged: z.number().int().min(0) });
export type AssignResult = z.infer<typeof AssignResult>;

// ── Audit view ─────────────────────────────────────────────────────────────────────────────

export const ADMIN_ACTIONS = [
  "admin.organisation.create",
  "admin.user.create",
  "admin.user.update",
  "admin.user.deactivate",
  "admin.user.reactivate",
  "admin.user.reset-password",
  "admin.team.create",
  "admin.team.rename",
  "admin.citizen.assign",
  "admin.setting.rule-set",
  "admin.account.change-password",
  "admin.account.end-session",
  "admin.account.calendar-feed-create",
  "admin.account.calendar-feed-revoke",
] as const;
export const AdminAction = z.enum(ADMIN_ACTIONS);
export type AdminAction = z.infer<typeof AdminAction>;

export const AuditQuery = z
  .object({
    action: AdminAction.optional(),
    /** Who did it, or to whom it was done. */
    userId: EntityId.optional(),
    /** The system admin's filter; other admins always see their own organisation only. */
    organisationId: EntityId.optional(),
    from: ApiDate.optional(),
    to: ApiDate.optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "Slutdatoen ligger før startdatoen" });
  });
export type AuditQuery = z.input<typeof AuditQuery>;

const Party = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: AdminAction,
  /** Null when done from the command line on the server. */
  actor: Party,
  /** The user it was done to, if any. */
  target: Party,
  organisationId: z.string().nullable(),
  /** The citizen whose caseworker changed (name only). */
  citizenName: z.string().nullable(),
  /** What changed: field names with their values before and after (ids, codes and names only). */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  rows: z.array(AuditEntry),
});
export type AuditPage = z.infer<typeof AuditPage>;

// ── Own account (every user) ───────────────────────────────────────────────────────────────

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: "Angiv din nuværende adgangskode" }).max(PASSWORD_MAX_LENGTH),
  newPassword: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { error: `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn` })
    .max(PASSWORD_MAX_LENGTH, { error: `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn` }),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const SessionRecord = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The session this request was made with. */
  current: z.boolean(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const SessionRef = z.object({ sessionId: EntityId });
export type SessionRef = z.infer<typeof SessionRef>;

export const Ok = z.object({ ok: z.literal(true) });
