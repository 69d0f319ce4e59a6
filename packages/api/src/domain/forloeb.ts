/**
 * Writing forløb. Every write is checked as a whole against `Forloeb` from @kontaktplan/schema
 * (the stored forløb with the change applied), so the cross-field rules live in one place.
 */
import { and, eq, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { Forloeb, parseWith, type ForloebRecord } from "@kontaktplan/schema";
import type { Actor } from "../audit.js";
import { logWrite } from "../write-log.js";
import { conflict, fieldErrors } from "../errors.js";
import type { ForloebRow, VisibleForloeb } from "../tenancy/visibility.js";
import { forloebOf, forloebRecordOf } from "./records.js";

const { forloeb, pauses } = tables;

/** The columns a caller may set, named as in `Forloeb`. */
export type ForloebValues = Partial<
  Pick<
    typeof forloeb.$inferInsert,
    | "start"
    | "end"
    | "visitation"
    | "hjaelpstype"
    | "visitationsdato"
    | "forventetFravaerOver8Uger"
    | "risikoUarbejdsdygtigEfter4Aar"
    | "akasseFravalgt"
    | "iIntegrationsprogram"
    | "faellessamtaleInden3Mdr"
    | "visiteretTilJobcenter"
    | "undtaget"
  >
>;

/** Only the fields the caller gave: `null` clears a field, an absent or `undefined` one stays as it is. */
export function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Flags that `Forloeb` lets be null ("not given") are stored as false. */
export function flagOrFalse(value: boolean | null | undefined): boolean | undefined {
  return value === null ? false : value;
}

/** Refuse a change that would leave the forløb breaking the schema's rules (field paths as in the input). */
export async function requireValidChange(tx: Db, row: ForloebRow, values: ForloebValues): Promise<void> {
  const current = forloebOf(row, await pausesOf(tx, row.id));
  const result = parseWith(Forloeb, { ...current, ...values });
  if (!result.ok) throw fieldErrors(result.errors);
}

function pausesOf(tx: Db, forloebId: string) {
  return tx.select().from(pauses).where(eq(pauses.forloebId, forloebId));
}

export async function forloebRecord(tx: Db, row: ForloebRow): Promise<ForloebRecord> {
  return forloebRecordOf(row, await pausesOf(tx, row.id));
}

/** Update with optimistic concurrency: the caller's `version` must still be the stored one. */
export async function updateForloeb(tx: Db, target: VisibleForloeb, version: number, values: ForloebValues): Promise<ForloebRow> {
  if (target.forloeb.version !== version) throw staleVersion();
  const [row] = await tx
    .update(forloeb)
    .set({ ...values, version: sql`${forloeb.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(forloeb.id, target.forloeb.id), eq(forloeb.version, version)))
    .returning();
  if (!row) throw staleVersion();
  return row;
}

function staleVersion() {
  return conflict("Forløbet er ændret af en anden, siden du hentede det. Hent det igen, og prøv igen.");
}

export async function logForloebWrite(
  tx: Db,
  actor: Actor,
  kommunekode: string,
  record: ForloebRecord,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await logWrite(tx, actor, action, record.borgerId, { forloebId: record.id, ...details }, [
    { kommunekode, entity: "forloeb", entityId: record.id, op: "upsert", payload: record },
  ]);
}
