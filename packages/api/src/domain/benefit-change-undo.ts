/**
 * Undoing a ydelsesskift registered by mistake, within a day of registering it: the forløb it
 * began is removed and the forløb it ended gets its end back, both or neither. Only while nothing
 * has been recorded on the new forløb; later, or with records, the forløb's dates are corrected
 * instead (`forloeb.update`).
 */
import { count, eq } from "drizzle-orm";
import { formatDanishDate, formatDay, parseDay } from "@kontaktplan/rules";
import { tables, type Db } from "@kontaktplan/db";
import type { ForloebRecord } from "@kontaktplan/schema";
import { logWrite } from "../write-log.js";
import { recordChanges } from "../change-log.js";
import { conflict, fieldError } from "../errors.js";
import type { Scope } from "../tenancy/scope.js";
import { requireForloeb } from "../tenancy/visibility.js";
import { copenhagenDateTime } from "../time.js";
import { forloebRecord, updateForloeb } from "./forloeb.js";

const { forloeb, jointBookings, jointProposals, meetings, pauses, requests } = tables;

/** How long a ydelsesskift can be undone after it was registered. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What may have been recorded on a forløb, in the words of a refusal ("2 samtaler"). */
const RECORDS = [
  { table: meetings, column: meetings.forloebId, one: "samtale", many: "samtaler" },
  { table: requests, column: requests.forloebId, one: "anmodning om samtale", many: "anmodninger om samtale" },
  { table: pauses, column: pauses.forloebId, one: "pause", many: "pauser" },
  { table: jointBookings, column: jointBookings.forloebId, one: "booking af en fællessamtale", many: "bookinger af fællessamtaler" },
  { table: jointProposals, column: jointProposals.forloebId, one: "forslag til en fællessamtale", many: "forslag til fællessamtaler" },
] as const;

/** What has been recorded on the forløb, as Danish phrases ("2 samtaler", "1 pause"); empty when nothing. */
async function recordedOn(tx: Db, forloebId: string): Promise<string[]> {
  const found: string[] = [];
  // One after another: inside a transaction they share one connection.
  for (const r of RECORDS) {
    const [row] = await tx.select({ n: count() }).from(r.table).where(eq(r.column, forloebId));
    const n = row?.n ?? 0;
    if (n > 0) found.push(`${n} ${n === 1 ? r.one : r.many}`);
  }
  return found;
}

function listed(phrases: readonly string[]): string {
  return phrases.length <= 1 ? (phrases[0] ?? "") : `${phrases.slice(0, -1).join(", ")} og ${phrases.at(-1)}`;
}

/**
 * Undo the ydelsesskift that began `forloebId` (at `version`), in `scope`, at `now`; returns the
 * forløb it had ended, with its end restored.
 */
export async function undoBenefitChange(tx: Db, scope: Scope, forloebId: string, version: number, now: Date): Promise<ForloebRecord> {
  const read = await requireForloeb(tx, scope, forloebId);
  const { changedFromId, changedAt } = read.forloeb;
  if (changedAt === null) throw fieldError("forloebId", "Forløbet blev ikke oprettet ved et ydelsesskift; ret i stedet forløbets datoer");
  if (changedFromId === null) throw fieldError("forloebId", "Forløbet, som ydelsesskiftet afsluttede, findes ikke længere; ydelsesskiftet kan ikke fortrydes");
  // The ended forløb first, the order a ydelsesskift takes them in.
  const ended = await requireForloeb(tx, scope, changedFromId, true);
  const started = await requireForloeb(tx, scope, forloebId, true);
  if (started.forloeb.version !== version) throw conflict("Forløbet er ændret af en anden, siden du hentede det. Hent det igen, og prøv igen.");
  if (now.getTime() - Date.parse(changedAt) > UNDO_WINDOW_MS) {
    const when = copenhagenDateTime(new Date(changedAt));
    throw fieldError(
      "forloebId",
      `Ydelsesskiftet blev registreret ${formatDanishDate(parseDay(when.date))} kl. ${when.time} og kan kun fortrydes inden for et døgn. Ret i stedet forløbenes datoer.`,
    );
  }
  const dayBefore = formatDay(parseDay(started.forloeb.start) - 1);
  if (ended.forloeb.end !== dayBefore) {
    throw fieldError("forloebId", "Det tidligere forløbs slutdato er ændret efter ydelsesskiftet; ret i stedet forløbenes datoer", "CONFLICT");
  }
  const recorded = await recordedOn(tx, forloebId);
  if (recorded.length > 0) {
    throw fieldError(
      "forloebId",
      `Ydelsesskiftet kan ikke fortrydes, fordi der er registreret ${listed(recorded)} på det nye forløb. Fjern dem først, eller ret i stedet forløbenes datoer.`,
      "CONFLICT",
    );
  }
  // Logged while the row still exists, so the change log can name its citizen.
  await recordChanges(tx, [
    { kommunekode: started.kommunekode, entity: "forloeb", entityId: forloebId, op: "delete", payload: { citizenId: started.forloeb.citizenId } },
  ]);
  await tx.delete(forloeb).where(eq(forloeb.id, forloebId));
  const restored = await forloebRecord(tx, await updateForloeb(tx, ended, ended.forloeb.version, { end: read.forloeb.changedFromEnd }));
  const details = {
    forloebId: restored.id,
    removedForloebId: forloebId,
    removed: { ydelse: started.forloeb.ydelse, start: started.forloeb.start },
    before: { end: dayBefore },
    after: { end: restored.end ?? null },
  };
  await logWrite(tx, scope, "forloeb.undoBenefitChange", restored.borgerId, details, [
    { kommunekode: ended.kommunekode, entity: "forloeb", entityId: restored.id, op: "upsert", payload: restored },
  ]);
  return restored;
}
