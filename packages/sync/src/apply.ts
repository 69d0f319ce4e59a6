/**
 * Writing the server's versions into the local database: straight into the tables, never through
 * the procedures, so nothing reaches the change log or the outbox and nothing is sent back.
 */
import { getTableColumns, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { tables, type Db } from "@kontaktplan/db";
import type { SnapshotPage, SyncRecord, SyncReference } from "@kontaktplan/schema";

const { citizens, forloeb, kommuneVersions, meetings, organisations, pauses, requests, sessions, settings, teams, users } = tables;

/** Rows per statement: each chunk travels as one JSON parameter. */
const CHUNK = 5000;

/** A stored password hash nobody can sign in with (`verifyPassword` refuses it). */
const NO_PASSWORD = "!";

/**
 * Insert rows or, where the key exists, overwrite the listed columns. The rows travel as one JSON
 * parameter that PostgreSQL unpacks (`jsonb_populate_recordset`): for thousands of rows far faster
 * than a parameter per value, on PGlite above all.
 */
async function upsert<T extends PgTable>(db: Db, table: T, rows: readonly T["$inferInsert"][], key: string, columns: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const all = getTableColumns(table) as Record<string, { name: string } | undefined>;
  const column = (field: string): string => {
    const found = all[field];
    if (!found) throw new Error(`internal error: ${field} is not a column of the table`);
    return found.name;
  };
  const names = Object.keys(rows[0] ?? {}).map(column);
  const list = sql.raw(names.map((n) => `"${n}"`).join(", "));
  const target = sql.raw(`"${column(key)}"`);
  const set = sql.raw(columns.map((c) => `"${column(c)}" = excluded."${column(c)}"`).join(", "));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [column(k), v])));
    await db.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::jsonb)
          on conflict (${target}) do update set ${set}`,
    );
  }
}

const FORLOEB_COLUMNS = [
  "citizenId",
  "ydelse",
  "start",
  "end",
  "visitation",
  "hjaelpstype",
  "forventetFravaerOver8Uger",
  "risikoUarbejdsdygtigEfter4Aar",
  "akasseFravalgt",
  "iIntegrationsprogram",
  "faellessamtaleInden3Mdr",
  "visiteretTilJobcenter",
  "undtaget",
  "visitationsdato",
  "akasseId",
  "changedFromId",
  "changedFromEnd",
  "changedAt",
  "version",
] as const;
const CITIZEN_COLUMNS = ["kommunekode", "cpr", "name", "phone", "email", "address", "akasseId", "caseworkerId"] as const;
const MEETING_COLUMNS = ["forloebId", "ydelse", "startsAt", "date", "kind", "status", "form", "participants", "cancelReason", "note", "version"] as const;

type Of<E extends SyncRecord["entity"]> = NonNullable<Extract<SyncRecord, { entity: E }>["record"]>;

function present<E extends SyncRecord["entity"]>(records: readonly SyncRecord[], entity: E): Of<E>[] {
  return records.flatMap((r) => (r.entity === entity && r.record !== null ? [r.record as Of<E>] : []));
}

function gone(records: readonly SyncRecord[], entity: SyncRecord["entity"]): string[] {
  return records.flatMap((r) => (r.entity === entity && r.record === null ? [r.id] : []));
}

/** A citizen that left the caseload goes with everything the desktop holds of it. */
async function dropCitizens(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const theirs = db
    .select({ id: forloeb.id })
    .from(forloeb)
    .where(inArray(forloeb.citizenId, [...ids]));
  for (const table of [meetings, requests, pauses]) await db.delete(table).where(inArray(table.forloebId, theirs));
  await db.delete(forloeb).where(inArray(forloeb.citizenId, [...ids]));
  await db.delete(citizens).where(inArray(citizens.id, [...ids]));
}

/**
 * Colleagues as the administration changed them (a password change or reset included). Only the
 * pulling caseworker's own row carries a password hash, the server's current one, which replaces
 * the stored one: the old password stops opening this machine offline, the new one opens it. Any
 * other row comes without: whether that colleague's password changed cannot be told, so a hash
 * kept for them (they signed in on this machine) is forgotten, and their next sign-in here is online.
 */
async function applyColleagues(db: Db, records: readonly SyncRecord[]): Promise<void> {
  await upsert(db, teams, present(records, "team"), "id", ["organisationId", "name"]);
  const userRows = present(records, "user").map((u) => ({ ...u, passwordHash: u.passwordHash ?? NO_PASSWORD }));
  await upsert(db, users, userRows, "id", ["organisationId", "teamId", "email", "name", "role", "disabled", "passwordHash"]);
  // Users are never deleted on the server (they are deactivated); one that is gone can no longer sign in here.
  const goneUsers = gone(records, "user");
  if (goneUsers.length > 0) await db.update(users).set({ disabled: true }).where(inArray(users.id, goneUsers));
  // A deactivation ended the user's sessions on the server; it ends those on this machine too, so a
  // later reactivation does not open them again.
  const closed = [...userRows.flatMap((u) => (u.disabled ? [u.id] : [])), ...goneUsers];
  if (closed.length > 0) await db.delete(sessions).where(inArray(sessions.userId, closed));
}

/**
 * Store the server's versions: citizens that left and deletions first (children before forløb),
 * then colleagues, citizens, forløb, pauses, meetings, requests and settings. Forløb are upserted in
 * the order given, which for a pull is the order the server changed them in, so a benefit change
 * (one forløb ends, the next begins) never overlaps on the way.
 */
export async function applyRecords(db: Db, records: readonly SyncRecord[]): Promise<void> {
  if (records.length === 0) return;
  await dropCitizens(db, gone(records, "citizen"));
  for (const [entity, table] of [
    ["meeting", meetings],
    ["request", requests],
    ["pause", pauses],
    ["forloeb", forloeb],
  ] as const) {
    const ids = gone(records, entity);
    if (ids.length > 0) await db.delete(table).where(inArray(table.id, ids));
  }
  const settingKeys = gone(records, "setting");
  if (settingKeys.length > 0) await db.delete(settings).where(inArray(settings.key, settingKeys));
  await applyColleagues(db, records);
  // Citizens first: their forløb refer to them.
  await upsert(db, citizens, present(records, "citizen"), "id", CITIZEN_COLUMNS);
  const forloebRows = present(records, "forloeb").map((f) => ({
    id: f.id,
    citizenId: f.borgerId,
    ydelse: f.ydelse,
    start: f.start,
    end: f.end ?? null,
    visitation: f.visitation ?? null,
    hjaelpstype: f.hjaelpstype ?? null,
    forventetFravaerOver8Uger: f.forventetFravaerOver8Uger ?? null,
    risikoUarbejdsdygtigEfter4Aar: f.risikoUarbejdsdygtigEfter4Aar ?? false,
    akasseFravalgt: f.akasseFravalgt ?? false,
    iIntegrationsprogram: f.iIntegrationsprogram ?? false,
    faellessamtaleInden3Mdr: f.faellessamtaleInden3Mdr ?? false,
    visiteretTilJobcenter: f.visiteretTilJobcenter ?? false,
    undtaget: f.undtaget ?? false,
    visitationsdato: f.visitationsdato ?? null,
    akasseId: f.akasseId,
    changedFromId: f.benefitChange?.fromForloebId ?? null,
    changedFromEnd: f.benefitChange?.previousEnd ?? null,
    changedAt: f.benefitChange?.at ?? null,
    version: f.version,
  }));
  await upsert(db, forloeb, forloebRows, "id", FORLOEB_COLUMNS);
  await upsert(db, pauses, present(records, "pause"), "id", ["forloebId", "from", "to", "reason"]);

  const meetingRecords = present(records, "meeting");
  if (meetingRecords.length > 0) {
    // A meeting row repeats its forløb's benefit (for a composite foreign key).
    const benefitOf = new Map<string, string>(forloebRows.map((f) => [f.id, f.ydelse]));
    const unknown = [...new Set(meetingRecords.map((m) => m.forloebId).filter((id) => !benefitOf.has(id)))];
    if (unknown.length > 0) {
      for (const row of await db.select({ id: forloeb.id, ydelse: forloeb.ydelse }).from(forloeb).where(inArray(forloeb.id, unknown))) {
        benefitOf.set(row.id, row.ydelse);
      }
    }
    const rows = meetingRecords.map((m) => ({
      id: m.id,
      forloebId: m.forloebId,
      ydelse: benefitOf.get(m.forloebId) ?? "",
      startsAt: m.startsAt,
      date: m.date,
      kind: m.kind,
      status: m.status,
      form: m.form,
      participants: m.participants,
      cancelReason: m.cancelReason,
      note: m.note,
      version: m.version,
    }));
    await upsert(db, meetings, rows, "id", MEETING_COLUMNS);
  }
  await upsert(db, requests, present(records, "request"), "id", ["forloebId", "date", "by"]);
  await upsert(db, settings, present(records, "setting"), "key", ["value"]);
  await raiseKommuneVersion(db);
}

/**
 * The local caseload views are cached until the kommune's data version moves (packages/api,
 * kommune-state.ts); writes that bypass the change log must raise it themselves.
 */
async function raiseKommuneVersion(db: Db): Promise<void> {
  await db.execute(
    sql`insert into ${kommuneVersions} (kommunekode, version)
        select kommunekode, 1 from ${organisations} where kind = 'jobcenter'
        on conflict (kommunekode) do update set version = ${kommuneVersions}.version + 1`,
  );
}

/**
 * Apply each record on its own (a savepoint each) and skip any the local database refuses: for the
 * server's versions that come with a conflict, which must never stop the push that brought them.
 */
export async function applyEach(db: Db, records: readonly SyncRecord[]): Promise<number> {
  let refused = 0;
  for (const record of records) {
    await db
      .transaction((sp) => applyRecords(sp, [record]))
      .catch(() => {
        refused++;
      });
  }
  return refused;
}

async function applyReference(db: Db, reference: SyncReference): Promise<void> {
  await upsert(db, organisations, reference.organisations, "id", ["name", "kommunekode"]);
  await upsert(db, teams, reference.teams, "id", ["organisationId", "name"]);
  const userRows = reference.users.map((u) => ({ ...u, passwordHash: u.passwordHash ?? NO_PASSWORD }));
  await upsert(db, users, userRows, "id", ["organisationId", "teamId", "email", "name", "role", "disabled", "passwordHash"]);
  await upsert(db, settings, reference.settings, "key", ["value"]);
}

/** One page of the first download; upserts throughout, so a page stored twice (after a crash) is harmless. */
export async function applySnapshotPage(db: Db, page: SnapshotPage): Promise<void> {
  if (page.reference) await applyReference(db, page.reference);
  await upsert(db, citizens, page.citizens, "id", CITIZEN_COLUMNS);
  await applyRecords(db, page.records);
}
