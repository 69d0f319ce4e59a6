/** Stored rows as the API's records (`@kontaktplan/schema`), and as the engine's input types. */
import { tables } from "@kontaktplan/db";
import {
  Forloeb,
  parseWith,
  type Anmodning,
  type CitizenRecord,
  type ForloebRecord,
  type MeetingRecord,
  type Samtale,
  type SyncUser,
} from "@kontaktplan/schema";
import { corruptData } from "../errors.js";
import type { CitizenRow, ForloebRow, MeetingRow, PauseRow } from "../tenancy/visibility.js";
import { copenhagenDateTime, isoInstant } from "../time.js";

export type RequestRow = typeof tables.requests.$inferSelect;

/** The engine's Forløb; stored data that breaks its rules is a server fault, not the caller's. */
export function forloebOf(row: ForloebRow, pauseRows: readonly PauseRow[]): Forloeb {
  const parsed = parseWith(Forloeb, {
    id: row.id,
    borgerId: row.citizenId,
    ydelse: row.ydelse,
    start: row.start,
    end: row.end,
    visitation: row.visitation,
    hjaelpstype: row.hjaelpstype,
    forventetFravaerOver8Uger: row.forventetFravaerOver8Uger,
    risikoUarbejdsdygtigEfter4Aar: row.risikoUarbejdsdygtigEfter4Aar,
    akasseFravalgt: row.akasseFravalgt,
    iIntegrationsprogram: row.iIntegrationsprogram,
    faellessamtaleInden3Mdr: row.faellessamtaleInden3Mdr,
    visiteretTilJobcenter: row.visiteretTilJobcenter,
    undtaget: row.undtaget,
    visitationsdato: row.visitationsdato,
    pauses: pauseRows.map((p) => ({ from: p.from, to: p.to })),
  });
  if (!parsed.ok) throw corruptData("forløb", row.id);
  return parsed.value;
}

export function forloebRecordOf(row: ForloebRow, pauseRows: readonly PauseRow[]): ForloebRecord {
  const sorted = [...pauseRows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const record: ForloebRecord = {
    ...forloebOf(row, sorted),
    pauses: sorted.map((p) => ({ id: p.id, from: p.from, to: p.to, reason: p.reason })),
    akasseId: row.akasseId,
    version: row.version,
  };
  if (row.changedAt !== null) record.benefitChange = { fromForloebId: row.changedFromId, previousEnd: row.changedFromEnd, at: isoInstant(row.changedAt) };
  return record;
}

export function meetingRecordOf(row: MeetingRow): MeetingRecord {
  const startsAt = isoInstant(row.startsAt);
  return {
    id: row.id,
    forloebId: row.forloebId,
    startsAt,
    date: row.date,
    time: copenhagenDateTime(startsAt).time,
    kind: row.kind,
    status: row.status,
    form: row.form,
    participants: row.participants,
    cancelReason: row.cancelReason,
    note: row.note,
    version: row.version,
  };
}

/** What the engine reads of a meeting. */
export type EngineMeeting = Pick<MeetingRow, "id" | "forloebId" | "date" | "kind" | "status" | "form">;

export function samtaleOf(row: EngineMeeting): Samtale {
  return { id: row.id, forloebId: row.forloebId, date: row.date, kind: row.kind, status: row.status, form: row.form };
}

export function anmodningOf(row: RequestRow): Anmodning {
  return { id: row.id, forloebId: row.forloebId, date: row.date, by: row.by };
}

/**
 * A colleague as a desktop holds them. `passwordHash` is null for everyone but the desktop's own
 * user, who needs it to sign in offline.
 */
export function syncUserOf(row: typeof tables.users.$inferSelect, passwordHash: string | null): SyncUser {
  const { id, organisationId, teamId, email, name, role, disabled } = row;
  return { id, organisationId, teamId, email, name, role, disabled, passwordHash };
}

export function citizenRecordOf(row: CitizenRow): CitizenRecord {
  return {
    id: row.id,
    name: row.name,
    cpr: row.cpr,
    kommunekode: row.kommunekode,
    phone: row.phone,
    email: row.email,
    address: row.address,
    akasseId: row.akasseId,
    caseworkerId: row.caseworkerId,
  };
}

/** `ddmmyy-xxxx`: enough for a-kasse staff to tell members apart, never the full number. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}
