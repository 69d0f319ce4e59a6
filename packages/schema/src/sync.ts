/**
 * The desktop sync protocol (packages/api `sync.*`, packages/sync): the first download of a
 * caseload in pages, the pull of later changes by change-log position, and the push of changes
 * made offline. Records travel in the API's own record types.
 */
import { z } from "zod";
import { ORGANISATION_KINDS, RULE_SETS } from "./codes.js";
import { CitizenRecord, EntityId, ForloebRecord, MeetingRecord, RequestRecord, UserRoleCode } from "./api.js";
import { IsoDate } from "./dates.js";
import { ValidationError } from "./output.js";

/** Whose citizens a desktop keeps: the caseworker's own caseload or the whole kommune's. */
export const SyncScope = z.enum(["mine", "kommune"]);
export type SyncScope = z.infer<typeof SyncScope>;

/** The entity names of the change log (written by packages/api/src/change-log.ts). */
export const CHANGE_ENTITIES = [
  "forloeb",
  "pause",
  "meeting",
  "request",
  "slot",
  "joint_booking",
  "joint_proposal",
  "setting",
  "citizen",
  "user",
  "team",
] as const;
export const ChangeEntity = z.enum(CHANGE_ENTITIES);
export type ChangeEntity = z.infer<typeof ChangeEntity>;

export const SyncPause = z.object({ id: z.string(), forloebId: z.string(), from: IsoDate, to: IsoDate, reason: z.string().nullable() });
export type SyncPause = z.infer<typeof SyncPause>;

export const SyncSetting = z.object({ key: z.string(), value: z.enum(RULE_SETS) });
export type SyncSetting = z.infer<typeof SyncSetting>;

export const SyncOrganisation = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  kommunekode: z.string().nullable(),
});
export const SyncTeam = z.object({ id: z.string(), organisationId: z.string(), name: z.string() });
/** A colleague; only the signed-in caseworker's own row carries a password hash (to sign in offline). */
export const SyncUser = z.object({
  id: z.string(),
  organisationId: z.string().nullable(),
  teamId: z.string().nullable(),
  email: z.string(),
  name: z.string(),
  role: UserRoleCode,
  disabled: z.boolean(),
  passwordHash: z.string().nullable(),
});
export type SyncUser = z.infer<typeof SyncUser>;

/**
 * The server's current version of one replicated entity; `record: null` means it no longer exists.
 * A forløb's record lists its pauses, but pauses also travel as entities of their own.
 */
export const SyncRecord = z.discriminatedUnion("entity", [
  z.object({ entity: z.literal("forloeb"), id: z.string(), record: ForloebRecord.nullable() }),
  z.object({ entity: z.literal("pause"), id: z.string(), record: SyncPause.nullable() }),
  z.object({ entity: z.literal("meeting"), id: z.string(), record: MeetingRecord.nullable() }),
  z.object({ entity: z.literal("request"), id: z.string(), record: RequestRecord.nullable() }),
  z.object({ entity: z.literal("setting"), id: z.string(), record: SyncSetting.nullable() }),
  // A citizen entering the caseload (new, or assigned to the caseworker) comes with all its
  // records; `null` when it left (or was deleted): the desktop drops it with everything it holds.
  z.object({ entity: z.literal("citizen"), id: z.string(), record: CitizenRecord.nullable() }),
  // Colleagues and teams as the administration changes them; a password hash only on the pulling
  // caseworker's own row (after a change or reset of their password), never on a colleague's.
  z.object({ entity: z.literal("user"), id: z.string(), record: SyncUser.nullable() }),
  z.object({ entity: z.literal("team"), id: z.string(), record: SyncTeam.nullable() }),
]);
export type SyncRecord = z.infer<typeof SyncRecord>;

/** What the caseload refers to: the jobcentre, every a-kasse, the jobcentre's teams and staff, the rule set. */
export const SyncReference = z.object({
  userId: z.string(),
  organisations: z.array(SyncOrganisation),
  teams: z.array(SyncTeam),
  users: z.array(SyncUser),
  settings: z.array(SyncSetting),
});
export type SyncReference = z.infer<typeof SyncReference>;

export const SnapshotInput = z.object({
  scope: SyncScope,
  /** The last citizen id of the previous page; null for the first page. */
  after: EntityId.nullable().default(null),
  limit: z.number().int().min(1).max(1000).default(500),
});
export type SnapshotInput = z.input<typeof SnapshotInput>;

export const SnapshotPage = z.object({
  /** The change-log position this page is at least as new as; the first page's is where pulling starts. */
  seq: z.number().int().min(0),
  /** Citizens in the whole download, for the progress bar. */
  total: z.number().int().min(0),
  /** On the first page only. */
  reference: SyncReference.nullable(),
  citizens: z.array(CitizenRecord),
  /** Every forløb, pause, meeting and request of this page's citizens. */
  records: z.array(SyncRecord),
  /** Pass as `after` for the next page; null after the last one. */
  next: z.string().nullable(),
});
export type SnapshotPage = z.infer<typeof SnapshotPage>;

export const PullInput = z.object({
  scope: SyncScope,
  /** The change-log position already applied. */
  since: z.number().int().min(0),
  limit: z.number().int().min(1).max(5000).default(1000),
});
export type PullInput = z.input<typeof PullInput>;

export const PullPage = z.object({
  /**
   * The current version of every entity changed after `since` up to `cursor`, in order of `seq`:
   * the entity's first change in this page. A client that cannot apply one yet pulls again from
   * just before its `seq`.
   */
  changes: z.array(z.object({ seq: z.number().int().min(0), record: SyncRecord })),
  cursor: z.number().int().min(0),
  /** More changes wait after `cursor`. */
  more: z.boolean(),
});
export type PullPage = z.infer<typeof PullPage>;

/** One change-log row as the desktop wrote it locally: its version of the entity ("mine"). */
export const LoggedChange = z.object({
  entity: ChangeEntity,
  entityId: z.string(),
  op: z.enum(["upsert", "delete"]),
  payload: z.record(z.string(), z.unknown()),
});
export type LoggedChange = z.infer<typeof LoggedChange>;

/**
 * An entity the change modified that existed before it. `after` names this client's previous
 * change of the entity, when the server's answer to it was not yet known: the change is then based
 * on that change's result (or on `seq`, if newer).
 */
export const SyncBaseEntity = z.object({
  entity: ChangeEntity,
  id: z.string(),
  /** The client had every server change of the entity up to this position. */
  seq: z.number().int().min(0),
  after: EntityId.nullable(),
});
export type SyncBaseEntity = z.infer<typeof SyncBaseEntity>;

/** One procedure call made offline, replayed by the server exactly once. */
export const SyncChange = z.object({
  /** Chosen by the client; names the change in results and conflicts. */
  id: EntityId,
  /** The same on every retry; the server applies a key once and answers repeats with the first result. */
  idempotencyKey: EntityId,
  /** The procedure, e.g. `meeting.plan`. */
  path: z.string().min(1).max(100),
  /** The procedure's input, validated by the procedure itself when replayed. */
  input: z.unknown(),
  /** The ids the call created locally, per table in creation order: the server creates them with these ids. */
  createdIds: z.array(z.tuple([z.string().max(64), EntityId])).max(200),
  /** The existing entities the change modified, and the versions it was made on. */
  base: z.array(SyncBaseEntity).max(200),
  /** What the change wrote locally: the client's version, kept for conflicts and the audit log. */
  local: z.array(LoggedChange).max(200),
  /** When it was made on the client (ISO 8601). */
  madeAt: z.string().max(40),
});
export type SyncChange = z.infer<typeof SyncChange>;

export const PushInput = z.object({ changes: z.array(SyncChange).min(1).max(1000) });
export type PushInput = z.infer<typeof PushInput>;

export const SyncEntitySeq = z.object({ entity: ChangeEntity, id: z.string(), seq: z.number().int() });

/**
 * `applied`: the server made the change (`seqs`: the change-log positions it wrote).
 * `conflict`: the server kept its version: `changed` when an entity changed on the server since
 * the client's base, `rejected` when the procedure refused the change (`code`, Danish `message`).
 * `server` holds the server's versions of the entities the change touched.
 */
export const SyncResult = z.discriminatedUnion("status", [
  z.object({ status: z.literal("applied"), seqs: z.array(SyncEntitySeq) }),
  z.object({
    status: z.literal("conflict"),
    reason: z.enum(["changed", "rejected"]),
    code: z.string(),
    message: z.string(),
    fieldErrors: z.array(ValidationError),
    server: z.array(SyncRecord),
    /** The newest change-log position of those entities: the base for keeping the client's version. */
    serverSeq: z.number().int().min(0),
  }),
]);
export type SyncResult = z.infer<typeof SyncResult>;

export const PushResult = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      /** The key had been applied before: `result` is the first answer, nothing was done again. */
      duplicate: z.boolean(),
      result: SyncResult,
    }),
  ),
});
export type PushResult = z.infer<typeof PushResult>;
