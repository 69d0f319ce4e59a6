import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  type ChangeEntity,
  JOINT_RULES,
  MEETING_NOTE_MAX,
  NOTIFICATION_KINDS,
  ORGANISATION_KINDS,
  SAMTALE_KINDS,
  USER_ROLE_CODES,
  YDELSER,
} from "@kontaktplan/schema";

const id = () => uuid("id").primaryKey().defaultRandom();
/**
 * The id of a row the API creates and the desktop syncs. `kontaktplan_new_id` (migration 0006)
 * draws a random uuid, unless the sync push has handed it the id the desktop chose for this row.
 */
const syncedId = (table: string) =>
  uuid("id")
    .primaryKey()
    .default(sql.raw(`kontaktplan_new_id('${table}')`));

/**
 * A stored constant naming the kind of organisation a reference must point at; with a composite
 * foreign key on (id, kind) the database refuses e.g. a slot owned by an a-kasse.
 */
const orgKind = (name: string, kind: "jobcenter" | "akasse") => text(name).generatedAlwaysAs(sql.raw(`'${kind}'`));

/** Drizzle's `enum` on text only narrows TypeScript types; this makes the database refuse other values too. */
function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(
    name,
    sql`${column} in (${sql.join(
      values.map((v) => sql.raw(`'${v}'`)),
      sql`, `,
    )})`,
  );
}
const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow();
/** Optimistic concurrency for edits and desktop sync: bumped on every update. */
const version = () => integer("version").notNull().default(1);

/** A jobcentre (one kommune, with its kommunekode) or an a-kasse. */
export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    name: text("name").notNull(),
    kommunekode: text("kommunekode").unique(),
    /** Where citizens meet the jobcentre (calendar files' LOCATION); null when not given. */
    address: text("address"),
    createdAt: createdAt(),
  },
  (t) => [
    check("organisations_kommunekode_fits_kind", sql`(${t.kind} = 'jobcenter') = (${t.kommunekode} is not null)`),
    oneOf("organisations_kind_valid", t.kind, ORGANISATION_KINDS),
    unique("organisations_id_kind_unique").on(t.id, t.kind),
    check("organisations_kommunekode_format", sql`${t.kommunekode} is null or ${t.kommunekode} ~ '^[0-9]{3}$'`),
  ],
);

export const teams = pgTable(
  "teams",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
  },
  (t) => [
    // Lets a user's (team, organisation) pair reference a team of the user's own organisation.
    unique("teams_id_organisation_unique").on(t.id, t.organisationId),
    unique("teams_organisation_name_unique").on(t.organisationId, t.name),
  ],
);

export type UserRole = (typeof USER_ROLE_CODES)[number];

export const users = pgTable(
  "users",
  {
    id: id(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    teamId: uuid("team_id").references(() => teams.id),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: USER_ROLE_CODES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    /** Set on a one-time password (first admin, reset): the user must choose their own before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** The kind of organisation the role belongs to: jobcentre roles in a jobcentre, a-kasse roles in an a-kasse. */
    organisationKind: text("organisation_kind").generatedAlwaysAs(
      sql.raw(`case when role in ('akasse', 'akasse_admin') then 'akasse' when role = 'system_admin' then null else 'jobcenter' end`),
    ),
    createdAt: createdAt(),
  },
  (t) => [
    check("users_organisation_fits_role", sql`(${t.role} = 'system_admin') = (${t.organisationId} is null)`),
    oneOf("users_role_valid", t.role, USER_ROLE_CODES),
    foreignKey({
      columns: [t.organisationId, t.organisationKind],
      foreignColumns: [organisations.id, organisations.kind],
      name: "users_role_fits_organisation_kind_fk",
    }),
    foreignKey({
      columns: [t.teamId, t.organisationId],
      foreignColumns: [teams.id, teams.organisationId],
      name: "users_team_of_own_organisation_fk",
    }),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    /** What the user sees and ends a session by; the token hash never leaves the server. */
    id: uuid("id").notNull().defaultRandom().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed logins per e-mail and client address, for the login rate limit. */
export const failedLogins = pgTable(
  "failed_logins",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    /** The client's network address: attempts are counted per e-mail and address (see api/src/auth/rate-limit.ts). */
    client: text("client").notNull().default(""),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [
    index("failed_logins_email_client_at_idx").on(t.email, t.client, t.at),
    index("failed_logins_client_at_idx").on(t.client, t.at),
    index("failed_logins_at_idx").on(t.at),
  ],
);

/** A citizen belongs to one kommune (tenancy) and may be a member of one a-kasse. */
export const citizens = pgTable(
  "citizens",
  {
    id: id(),
    kommunekode: text("kommunekode")
      .notNull()
      .references(() => organisations.kommunekode),
    cpr: text("cpr").notNull().unique(),
    name: text("name").notNull(),
    phone: text("phone"),
    email: text("email"),
    address: text("address"),
    akasseId: uuid("akasse_id").references(() => organisations.id),
    akasseKind: orgKind("akasse_kind", "akasse"),
    caseworkerId: uuid("caseworker_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.akasseId, t.akasseKind], foreignColumns: [organisations.id, organisations.kind], name: "citizens_akasse_is_akasse_fk" }),
    check("citizens_cpr_format", sql`${t.cpr} ~ '^[0-9]{10}$'`),
    index("citizens_kommune_idx").on(t.kommunekode),
    // A caseload is "this caseworker's citizens in this kommune": one index answers it outright.
    index("citizens_caseworker_kommune_idx").on(t.caseworkerId, t.kommunekode),
    index("citizens_akasse_idx").on(t.akasseId),
  ],
);

/**
 * One citizen on one benefit (RULES.md §1). The rule that a citizen's forløb never overlap is an
 * exclusion constraint added by hand in the first migration (drizzle cannot express EXCLUDE).
 * `akasseId` is the member's a-kasse on a dagpenge forløb, so joint meetings can reference it.
 */
export const forloeb = pgTable(
  "forloeb",
  {
    id: syncedId("forloeb"),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizens.id),
    ydelse: text("ydelse").notNull(),
    start: date("start", { mode: "string" }).notNull(),
    end: date("end", { mode: "string" }),
    visitation: text("visitation"),
    hjaelpstype: text("hjaelpstype"),
    forventetFravaerOver8Uger: boolean("forventet_fravaer_over_8_uger"),
    risikoUarbejdsdygtigEfter4Aar: boolean("risiko_uarbejdsdygtig_efter_4_aar").notNull().default(false),
    akasseFravalgt: boolean("akasse_fravalgt").notNull().default(false),
    iIntegrationsprogram: boolean("i_integrationsprogram").notNull().default(false),
    /** RULES.md §8: the a-kasse found a need for a joint meeting by 3 months (dagpenge, 2020–2023). */
    faellessamtaleInden3Mdr: boolean("faellessamtale_inden_3_mdr").notNull().default(false),
    /** RULES.md §8: visited to a kontaktforløb in the jobcentre from the start (LAB § 27, stk. 3). */
    visiteretTilJobcenter: boolean("visiteret_til_jobcenter").notNull().default(false),
    /** RULES.md §8: exempted from the minimum number of jobsamtaler after a concrete assessment (2026). */
    undtaget: boolean("undtaget").notNull().default(false),
    visitationsdato: date("visitationsdato", { mode: "string" }),
    akasseId: uuid("akasse_id").references(() => organisations.id),
    akasseKind: orgKind("akasse_kind", "akasse"),
    /**
     * A forløb a ydelsesskift began: the forløb it ended, that forløb's end before (null: open),
     * and when it was registered. What undoing the ydelsesskift within a day restores.
     */
    changedFromId: uuid("changed_from_id").references((): AnyPgColumn => forloeb.id, { onDelete: "set null" }),
    changedFromEnd: date("changed_from_end", { mode: "string" }),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "string" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("forloeb_end_after_start", sql`${t.end} is null or ${t.end} >= ${t.start}`),
    // The forløb it came from may be gone since (set null); a named one always comes with its time.
    check("forloeb_changed_at_with_from", sql`${t.changedFromId} is null or ${t.changedAt} is not null`),
    oneOf("forloeb_ydelse_valid", t.ydelse, YDELSER),
    check("forloeb_akasse_only_on_dagpenge", sql`${t.akasseId} is null or ${t.ydelse} = 'dagpenge'`),
    foreignKey({ columns: [t.akasseId, t.akasseKind], foreignColumns: [organisations.id, organisations.kind], name: "forloeb_akasse_is_akasse_fk" }),
    unique("forloeb_id_ydelse_unique").on(t.id, t.ydelse),
    unique("forloeb_id_ydelse_akasse_unique").on(t.id, t.ydelse, t.akasseId),
    index("forloeb_citizen_idx").on(t.citizenId),
  ],
);

export const pauses = pgTable(
  "pauses",
  {
    id: syncedId("pauses"),
    forloebId: uuid("forloeb_id")
      .notNull()
      .references(() => forloeb.id, { onDelete: "cascade" }),
    from: date("from", { mode: "string" }).notNull(),
    to: date("to", { mode: "string" }).notNull(),
    /** Why the benefit clock stood still (optional free text, never a CPR number). */
    reason: text("reason"),
  },
  (t) => [
    check("pauses_to_after_from", sql`${t.to} >= ${t.from}`),
    check("pauses_reason_length", sql`char_length(${t.reason}) <= 200`),
    index("pauses_forloeb_idx").on(t.forloebId),
  ],
);

/**
 * A samtale. `startsAt` is the exact moment; `date` is its calendar date in Europe/Copenhagen,
 * the one the rules count with. `ydelse` mirrors the forløb's (immutable) benefit so a composite
 * foreign key can refuse fællessamtaler and the a-kasse's meetings on anything but dagpenge.
 */
export const meetings = pgTable(
  "meetings",
  {
    id: syncedId("meetings"),
    forloebId: uuid("forloeb_id").notNull(),
    ydelse: text("ydelse").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "string" }).notNull(),
    date: date("date", { mode: "string" }).notNull(),
    kind: text("kind", { enum: SAMTALE_KINDS }).notNull(),
    status: text("status", { enum: ["planlagt", "afholdt", "aflyst", "udeblevet"] }).notNull(),
    form: text("form", { enum: ["fremmoede", "telefon", "video", "digital"] }),
    participants: jsonb("participants").$type<string[]>().notNull().default([]),
    cancelReason: text("cancel_reason"),
    /** The referat of a held samtale (migration 0016): free text, never a CPR number (the API refuses one). */
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.forloebId, t.ydelse], foreignColumns: [forloeb.id, forloeb.ydelse], name: "meetings_forloeb_fk" }).onDelete("cascade"),
    check("meetings_note_length", sql`char_length(${t.note}) between 1 and ${sql.raw(String(MEETING_NOTE_MAX))}`),
    oneOf("meetings_kind_valid", t.kind, SAMTALE_KINDS),
    oneOf("meetings_status_valid", t.status, ["planlagt", "afholdt", "aflyst", "udeblevet"]),
    check("meetings_form_valid", sql`${t.form} is null or ${t.form} in ('fremmoede', 'telefon', 'video', 'digital')`),
    // Fællessamtaler and the a-kasse's kinds (cv, akasse) only on dagpenge (RULES.md §7).
    check("meetings_joint_and_cv_only_on_dagpenge", sql`${t.kind} = 'individuel' or ${t.ydelse} = 'dagpenge'`),
    check("meetings_cancel_reason_when_cancelled", sql`${t.status} <> 'aflyst' or ${t.cancelReason} is not null`),
    index("meetings_forloeb_idx").on(t.forloebId, t.date),
  ],
);

export const requests = pgTable(
  "requests",
  {
    id: syncedId("requests"),
    forloebId: uuid("forloeb_id")
      .notNull()
      .references(() => forloeb.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    by: text("by", { enum: ["borger", "jobcenter"] }).notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("requests_forloeb_idx").on(t.forloebId), oneOf("requests_by_valid", t.by, ["borger", "jobcenter"])],
);

/** A free time a jobcentre caseworker offers for fællessamtaler. */
export const slots = pgTable(
  "slots",
  {
    id: syncedId("slots"),
    jobcenterId: uuid("jobcenter_id")
      .notNull()
      .references(() => organisations.id),
    jobcenterKind: orgKind("jobcenter_kind", "jobcenter"),
    caseworkerId: uuid("caseworker_id").references(() => users.id),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "string" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "string" }).notNull(),
    /** The slots published together as one weekly series share this id (withdrawn together). */
    seriesId: uuid("series_id"),
    /** Withdrawn by the jobcentre: kept (a cancelled booking may name it) but never offered again. */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.jobcenterId, t.jobcenterKind], foreignColumns: [organisations.id, organisations.kind], name: "slots_owner_is_jobcenter_fk" }),
    index("slots_series_idx").on(t.seriesId),
    check("slots_end_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    index("slots_jobcenter_idx").on(t.jobcenterId, t.startsAt),
  ],
);

/**
 * The joint deadline (rule and occurrence, as @kontaktplan/rules numbers them) a booking or
 * proposal serves. Null on rows from before migration 0007, whose deadline was never recorded.
 */
const servedDeadline = () => ({ rule: text("rule", { enum: JOINT_RULES }), occurrence: integer("occurrence") });

function servedDeadlineChecks(table: string, t: { rule: AnyPgColumn; occurrence: AnyPgColumn }) {
  return [
    check(`${table}_deadline_complete`, sql`(${t.rule} is null) = (${t.occurrence} is null)`),
    oneOf(`${table}_rule_valid`, t.rule, JOINT_RULES),
    check(`${table}_occurrence_positive`, sql`${t.occurrence} >= 1`),
  ];
}

/**
 * A fællessamtale the a-kasse has arranged: a booked jobcentre slot, or a proposal the jobcentre
 * accepted (then `proposalId` instead of `slotId`). `booked` while its meeting is planned;
 * `completed` once the meeting is held or missed; `cancelled` when it is cancelled or moved. A slot
 * holds at most one booked booking and a deadline one per seat (partial unique indexes); the composite
 * foreign key only admits a dagpenge forløb whose a-kasse is the booking a-kasse.
 */
export const jointBookings = pgTable(
  "joint_bookings",
  {
    id: syncedId("joint_bookings"),
    slotId: uuid("slot_id").references(() => slots.id),
    proposalId: uuid("proposal_id").references((): AnyPgColumn => jointProposals.id),
    forloebId: uuid("forloeb_id").notNull(),
    ydelse: text("ydelse").notNull().default("dagpenge"),
    akasseId: uuid("akasse_id").notNull(),
    ...servedDeadline(),
    /**
     * Which of the deadline's fællessamtaler this is (1 … what it requires beyond those held):
     * "2 fællessamtaler senest efter 6 måneder" may hold two bookings at once.
     */
    seat: integer("seat").notNull().default(1),
    meetingId: uuid("meeting_id").references(() => meetings.id),
    status: text("status", { enum: ["booked", "completed", "cancelled"] })
      .notNull()
      .default("booked"),
    cancelReason: text("cancel_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.forloebId, t.ydelse, t.akasseId],
      foreignColumns: [forloeb.id, forloeb.ydelse, forloeb.akasseId],
      name: "joint_bookings_dagpenge_forloeb_of_akasse_fk",
    }),
    check("joint_bookings_dagpenge_only", sql`${t.ydelse} = 'dagpenge'`),
    check("joint_bookings_slot_or_proposal", sql`(${t.slotId} is null) <> (${t.proposalId} is null)`),
    oneOf("joint_bookings_status_valid", t.status, ["booked", "completed", "cancelled"]),
    ...servedDeadlineChecks("joint_bookings", t),
    uniqueIndex("joint_bookings_one_active_per_slot")
      .on(t.slotId)
      .where(sql`${t.status} = 'booked'`),
    check("joint_bookings_seat_positive", sql`${t.seat} >= 1`),
    uniqueIndex("joint_bookings_one_active_per_seat")
      .on(t.forloebId, t.rule, t.occurrence, t.seat)
      .where(sql`${t.status} = 'booked'`),
    index("joint_bookings_meeting_idx").on(t.meetingId),
  ],
);

/**
 * An a-kasse's proposal of up to three times when no slot fits; the jobcentre accepts one or
 * declines. A deadline has at most one proposal awaiting an answer.
 */
export const jointProposals = pgTable(
  "joint_proposals",
  {
    id: syncedId("joint_proposals"),
    forloebId: uuid("forloeb_id").notNull(),
    ydelse: text("ydelse").notNull().default("dagpenge"),
    akasseId: uuid("akasse_id").notNull(),
    ...servedDeadline(),
    times: jsonb("times").$type<string[]>().notNull(),
    status: text("status", { enum: ["pending", "accepted", "declined", "withdrawn"] })
      .notNull()
      .default("pending"),
    acceptedTime: timestamp("accepted_time", { withTimezone: true, mode: "string" }),
    declineReason: text("decline_reason"),
    meetingId: uuid("meeting_id").references(() => meetings.id),
    createdBy: uuid("created_by").references(() => users.id),
    decidedBy: uuid("decided_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.forloebId, t.ydelse, t.akasseId],
      foreignColumns: [forloeb.id, forloeb.ydelse, forloeb.akasseId],
      name: "joint_proposals_dagpenge_forloeb_of_akasse_fk",
    }),
    check("joint_proposals_dagpenge_only", sql`${t.ydelse} = 'dagpenge'`),
    oneOf("joint_proposals_status_valid", t.status, ["pending", "accepted", "declined", "withdrawn"]),
    check("joint_proposals_one_to_three_times", sql`jsonb_array_length(${t.times}) between 1 and 3`),
    ...servedDeadlineChecks("joint_proposals", t),
    uniqueIndex("joint_proposals_one_pending_per_deadline")
      .on(t.forloebId, t.rule, t.occurrence)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * Who read or wrote which citizen's data, when. Never holds a CPR number. No foreign keys: the
 * trail must outlive the rows it names and never stand in the way of removing them, and checking
 * (and key-share locking) the same citizens for every read's audit rows cost more than the read.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    userId: uuid("user_id"),
    action: text("action").notNull(),
    citizenId: uuid("citizen_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_log_citizen_idx").on(t.citizenId, t.at),
    // The admins' audit view reads only administration rows, a sliver of the trail.
    index("audit_log_admin_idx")
      .on(t.at)
      .where(sql`${t.action} like 'admin.%'`),
  ],
);

/** Every change, in order: the desktop app pulls from `seq`. Scoped by kommune for tenancy. */
export const changeLog = pgTable(
  "change_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    kommunekode: text("kommunekode").notNull(),
    entity: text("entity").$type<ChangeEntity>().notNull(),
    entityId: uuid("entity_id").notNull(),
    op: text("op", { enum: ["upsert", "delete"] }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /**
     * Set by a trigger (migration 0014): the citizen whose data the change touches (null for slots,
     * settings, and entities it cannot place), and the kommune version the writing transaction
     * raised. Servers recompute only the citizens changed between two versions.
     */
    citizenId: uuid("citizen_id"),
    version: bigint("version", { mode: "number" }),
  },
  (t) => [
    index("change_log_kommune_seq_idx").on(t.kommunekode, t.seq),
    index("change_log_kommune_version_idx").on(t.kommunekode, t.version),
    oneOf("change_log_op_valid", t.op, ["upsert", "delete"]),
    // The sync push asks for an entity's newest change (conflict detection).
    index("change_log_entity_seq_idx").on(t.entityId, t.seq),
  ],
);

/**
 * One counter per kommune, raised by a trigger (migration 0005) in every transaction that writes
 * the kommune's change_log. The row lock orders the raises by commit, unlike change_log.seq, so a
 * summary computed after reading version v is out of date exactly when the version has moved.
 */
export const kommuneVersions = pgTable("kommune_versions", {
  kommunekode: text("kommunekode").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});

/**
 * A caseworker's personal calendar feed (migration 0016): an .ics subscription URL with a secret
 * token, of which only the SHA-256 is stored. One per user; a new one replaces it, revoking deletes it.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  /** Events name the citizen; otherwise they say only "Borgersamtale". */
  showNames: boolean("show_names").notNull().default(false),
  createdAt: createdAt(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "string" }),
});

/**
 * A user's inbox (migration 0016): one row per recipient, written in the transaction of the event
 * itself (a booking, a proposal, its answer, a moved or cancelled booking), or when the inbox is
 * read for deadlines that come due (`dedupeKey` makes that once per deadline). `emailedAt` marks
 * the row claimed for e-mail, so no two processes send it.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    citizenId: uuid("citizen_id").references(() => citizens.id),
    /** Dates, the joint deadline, the other side's name: what the text needs besides the citizen (codes, never a CPR number). */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "string" }),
    emailedAt: timestamp("emailed_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [
    oneOf("notifications_kind_valid", t.kind, NOTIFICATION_KINDS),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    uniqueIndex("notifications_user_dedupe_unique")
      .on(t.userId, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
  ],
);

/** System settings such as the rule set in force. */
export const settings = pgTable("settings", { key: text("key").primaryKey(), value: jsonb("value").notNull() });

/**
 * One row per form submission a user sent with an idempotency key (migration 0013): written in the
 * transaction of the create itself, with its answer, so a double submit creates one row and the
 * second request gets the first one's answer. `result` is null only inside that transaction.
 */
export const formSubmissions = pgTable(
  "form_submissions",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: uuid("key").notNull(),
    path: text("path").notNull(),
    result: jsonb("result").$type<unknown>(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

// ── Desktop sync (packages/sync; migration 0006) ─────────────────────────────────────────────

/**
 * Server side: every change a desktop pushed, by its idempotency key, with the answer it got.
 * Written in the transaction that applied the change, so a change is applied at most once and a
 * repeated push gets the first answer back. `result` is null only inside that transaction.
 */
export const syncApplied = pgTable(
  "sync_applied",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    key: uuid("key").notNull(),
    changeId: uuid("change_id").notNull(),
    result: jsonb("result").$type<Record<string, unknown>>(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), unique("sync_applied_change_unique").on(t.userId, t.changeId)],
);

/**
 * Desktop side: procedure calls made locally and not yet acknowledged by the server (`pending`),
 * or answered with a conflict the caseworker has to resolve (`conflict`). Written by the change
 * hook in the transaction of the call itself. The server never writes here.
 */
export const syncOutbox = pgTable(
  "sync_outbox",
  {
    id: uuid("id").primaryKey(),
    position: bigserial("position", { mode: "number" }).notNull().unique(),
    idempotencyKey: uuid("idempotency_key").notNull().unique(),
    path: text("path").notNull(),
    input: jsonb("input").$type<unknown>(),
    createdIds: jsonb("created_ids").$type<[string, string][]>().notNull(),
    base: jsonb("base").$type<{ entity: ChangeEntity; id: string; seq: number; after: string | null }[]>().notNull(),
    local: jsonb("local").$type<{ entity: ChangeEntity; entityId: string; op: "upsert" | "delete"; payload: Record<string, unknown> }[]>().notNull(),
    madeAt: timestamp("made_at", { withTimezone: true, mode: "string" }).notNull(),
    status: text("status", { enum: ["pending", "conflict"] })
      .notNull()
      .default("pending"),
    result: jsonb("result").$type<Record<string, unknown>>(),
  },
  (t) => [oneOf("sync_outbox_status_valid", t.status, ["pending", "conflict"]), index("sync_outbox_status_idx").on(t.status, t.position)],
);

/**
 * Desktop side: per entity, what the next local change of it is based on: the server version
 * known to contain it (`seq`), and this desktop's last change of it (`changeId`), whose server
 * position is unknown until acknowledged.
 */
export const syncHeads = pgTable(
  "sync_heads",
  {
    entity: text("entity").$type<ChangeEntity>().notNull(),
    entityId: text("entity_id").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull().default(0),
    changeId: uuid("change_id"),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/** Desktop side: one row: whose caseload this is, how far the download got, and the pull position. */
export const syncState = pgTable(
  "sync_state",
  {
    id: integer("id").primaryKey().default(1),
    userId: uuid("user_id").notNull(),
    scope: text("scope", { enum: ["mine", "kommune"] }).notNull(),
    /** The change-log position pulled up to; null until the first download has finished. */
    cursor: bigint("cursor", { mode: "number" }),
    /** The first download: its starting position and the last citizen stored, to resume after a crash. */
    downloadSeq: bigint("download_seq", { mode: "number" }),
    downloadAfter: uuid("download_after"),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [check("sync_state_one_row", sql`${t.id} = 1`), oneOf("sync_state_scope_valid", t.scope, ["mine", "kommune"])],
);
