import { eq } from "drizzle-orm";
import { parseDay, formatDay, formatDanishDate } from "@kontaktplan/rules";
import { onlyRow, tables } from "@kontaktplan/db";
import {
  AddPauseInput,
  ChangeBenefitInput,
  ChangeBenefitResult,
  ForloebCreateInput,
  ForloebRecord,
  ForloebUpdateInput,
  PauseUpdateInput,
  RemovePauseInput,
  SetFlagsInput,
  UndoBenefitChangeInput,
} from "@kontaktplan/schema";
import { logWrite } from "../write-log.js";
import { undoBenefitChange } from "../domain/benefit-change-undo.js";
import { translateDbError } from "../db-errors.js";
import { definedOnly, flagOrFalse, forloebRecord, logForloebWrite, requireValidChange, updateForloeb } from "../domain/forloeb.js";
import { checkExemptionQuota } from "../domain/exemptions.js";
import { requirePlausibleDate } from "../domain/plausible-dates.js";
import { fieldError } from "../errors.js";
import { danish } from "../input.js";
import { submitOnce } from "../submissions.js";
import { requireCitizen, requireForloeb, requirePause } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { jobcentreProcedure, router } from "../trpc.js";

const { forloeb, pauses } = tables;

/** A new forløb's own fields, as both `create` and `changeBenefit` receive them. */
type NewForloeb = Omit<ForloebCreateInput, "citizenId">;

/**
 * Insert values for a new forløb; dagpenge forløb carry the member's a-kasse for joint meetings.
 * A new forløb is never exempted: an exemption is a concrete assessment weighed against the
 * kommune's quota, which only `setFlags` checks.
 */
export function newForloebValues(citizenId: string, akasseId: string | null, input: NewForloeb) {
  if (input.undtaget === true) {
    throw fieldError(
      "undtaget",
      "Et nyt forløb kan ikke undtages fra minimumskravene med det samme: undtag borgeren på forløbet, når det er oprettet, så kommunens loft på 25 % kontrolleres",
    );
  }
  return {
    citizenId,
    ydelse: input.ydelse,
    start: input.start,
    end: input.end ?? null,
    visitation: input.visitation ?? null,
    hjaelpstype: input.hjaelpstype ?? null,
    forventetFravaerOver8Uger: input.forventetFravaerOver8Uger ?? null,
    risikoUarbejdsdygtigEfter4Aar: input.risikoUarbejdsdygtigEfter4Aar ?? false,
    akasseFravalgt: input.akasseFravalgt ?? false,
    iIntegrationsprogram: input.iIntegrationsprogram ?? false,
    faellessamtaleInden3Mdr: input.faellessamtaleInden3Mdr ?? false,
    visiteretTilJobcenter: input.visiteretTilJobcenter ?? false,
    undtaget: false,
    visitationsdato: input.visitationsdato ?? null,
    akasseId: input.ydelse === "dagpenge" ? akasseId : null,
  };
}

export const forloebRouter = router({
  /** A new forløb for a citizen of the caller's kommune; must not overlap the citizen's others. */
  create: jobcentreProcedure
    .input(danish(ForloebCreateInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "forloeb.create", input.idempotencyKey, async (tx) => {
        const citizen = await requireCitizen(tx, ctx.scope, input.citizenId);
        const row = onlyRow(
          await tx
            .insert(forloeb)
            .values(newForloebValues(citizen.id, citizen.akasseId, input))
            .returning(),
        );
        const record = await forloebRecord(tx, row);
        await logForloebWrite(tx, ctx.scope, citizen.kommunekode, record, "forloeb.create");
        return record;
      }),
    ),

  /** Change dates or visitation; the benefit itself changes only through `changeBenefit`. */
  update: jobcentreProcedure
    .input(danish(ForloebUpdateInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { forloebId, version, ...fields } = input;
        const target = await requireForloeb(tx, ctx.scope, forloebId, true);
        const values = definedOnly(fields);
        await requireValidChange(tx, target.forloeb, values);
        const row = await updateForloeb(tx, target, version, values).catch((error: unknown) => {
          // A longer end is what makes an edit overlap the next forløb, unless the start moved.
          throw translateDbError(error, { forloeb_no_overlap_per_citizen: values.start === undefined ? "end" : "start" }) ?? error;
        });
        const record = await forloebRecord(tx, row);
        // Dates and codes only: what a correction changed, before and after.
        const fieldNames = Object.keys(values) as (keyof typeof values)[];
        const before = Object.fromEntries(fieldNames.map((k) => [k, target.forloeb[k] ?? null]));
        const after = Object.fromEntries(fieldNames.map((k) => [k, row[k] ?? null]));
        await logForloebWrite(tx, ctx.scope, target.kommunekode, record, "forloeb.update", { fields: fieldNames, before, after });
        return record;
      }),
    ),

  /**
   * Ydelsesskift: the current forløb ends the day before `start`, and the new benefit's forløb
   * begins on `start` — both or neither (one transaction).
   */
  changeBenefit: jobcentreProcedure
    .input(danish(ChangeBenefitInput))
    .output(ChangeBenefitResult)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "forloeb.changeBenefit", input.idempotencyKey, async (tx) => {
        const { forloebId, version, ...next } = input;
        const current = await requireForloeb(tx, ctx.scope, forloebId, true);
        const dayBefore = formatDay(parseDay(next.start) - 1);
        if (next.start <= current.forloeb.start) {
          throw fieldError("start", "Det nye forløb skal starte efter det nuværende forløbs startdato");
        }
        if (current.forloeb.end !== null && current.forloeb.end < dayBefore) {
          throw fieldError(
            "start",
            `Forløbet sluttede allerede ${formatDanishDate(parseDay(current.forloeb.end))}; opret det nye forløb under «Opret nyt forløb» i stedet for et ydelsesskift`,
          );
        }
        const citizen = await requireCitizen(tx, ctx.scope, current.forloeb.citizenId);
        const endedRow = await updateForloeb(tx, current, version, { end: dayBefore });
        // What an undo within a day restores.
        const changed = { changedFromId: current.forloeb.id, changedFromEnd: current.forloeb.end, changedAt: ctx.now().toISOString() };
        const startedRow = onlyRow(
          await tx
            .insert(forloeb)
            .values({ ...newForloebValues(citizen.id, citizen.akasseId, next), ...changed })
            .returning(),
        );
        const ended = await forloebRecord(tx, endedRow);
        const started = await forloebRecord(tx, startedRow);
        await logForloebWrite(tx, ctx.scope, current.kommunekode, ended, "forloeb.changeBenefit", { role: "ended" });
        await logForloebWrite(tx, ctx.scope, current.kommunekode, started, "forloeb.changeBenefit", { role: "started", after: ended.id });
        return { ended, started };
      }),
    ),

  /**
   * Undo a ydelsesskift registered by mistake, within a day: the forløb it began goes (only while
   * nothing is recorded on it) and the forløb it ended gets its end back — both or neither.
   */
  undoBenefitChange: jobcentreProcedure
    .input(danish(UndoBenefitChangeInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) => ctx.db.transaction((tx) => undoBenefitChange(tx, ctx.scope, input.forloebId, input.version, ctx.now()))),

  /** A period off the benefit clock (both days inclusive). */
  addPause: jobcentreProcedure
    .input(danish(AddPauseInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "forloeb.addPause", input.idempotencyKey, async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId, true);
        const today = copenhagenToday(ctx.now());
        for (const path of ["from", "to"] as const) requirePlausibleDate(path, input[path], target.forloeb, today, { pastOnly: false });
        // Trimmed by the schema; an empty reason is none.
        const pause = onlyRow(
          await tx
            .insert(pauses)
            .values({ forloebId: input.forloebId, from: input.from, to: input.to, reason: input.reason || null })
            .returning(),
        );
        const record = await forloebRecord(tx, target.forloeb);
        await logWrite(tx, ctx.scope, "forloeb.addPause", record.borgerId, { forloebId: record.id, pauseId: pause.id }, [
          { kommunekode: target.kommunekode, entity: "pause", entityId: pause.id, op: "upsert", payload: pause },
        ]);
        return record;
      }),
    ),

  removePause: jobcentreProcedure
    .input(danish(RemovePauseInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requirePause(tx, ctx.scope, input.pauseId);
        await tx.delete(pauses).where(eq(pauses.id, input.pauseId));
        const record = await forloebRecord(tx, target.forloeb);
        const before = { from: target.pause.from, to: target.pause.to };
        await logWrite(tx, ctx.scope, "forloeb.removePause", record.borgerId, { forloebId: record.id, pauseId: input.pauseId, before }, [
          { kommunekode: target.kommunekode, entity: "pause", entityId: input.pauseId, op: "delete", payload: { forloebId: record.id } },
        ]);
        return record;
      }),
    ),

  /** Correct a pause's days or reason; audited with the days before and after (the reason is free text). */
  updatePause: jobcentreProcedure
    .input(danish(PauseUpdateInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requirePause(tx, ctx.scope, input.pauseId);
        const today = copenhagenToday(ctx.now());
        for (const path of ["from", "to"] as const) requirePlausibleDate(path, input[path], target.forloeb, today, { pastOnly: false });
        const pause = onlyRow(
          await tx
            .update(pauses)
            .set({ from: input.from, to: input.to, reason: input.reason || null })
            .where(eq(pauses.id, input.pauseId))
            .returning(),
        );
        const record = await forloebRecord(tx, target.forloeb);
        const before = { from: target.pause.from, to: target.pause.to };
        await logWrite(
          tx,
          ctx.scope,
          "forloeb.updatePause",
          record.borgerId,
          { forloebId: record.id, pauseId: input.pauseId, before, after: { from: input.from, to: input.to } },
          [{ kommunekode: target.kommunekode, entity: "pause", entityId: input.pauseId, op: "upsert", payload: pause }],
        );
        return record;
      }),
    ),

  /**
   * The yes/no facts the rules depend on; null means "not given" (false where storage needs a
   * value). Audited with the flags before and after. Exempting a citizen (`undtaget`) past the
   * group's ceiling of 25 % needs `confirmOverQuota`, and the override is audited with its figures.
   */
  setFlags: jobcentreProcedure
    .input(danish(SetFlagsInput))
    .output(ForloebRecord)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const target = await requireForloeb(tx, ctx.scope, input.forloebId, true);
        const values = definedOnly({
          forventetFravaerOver8Uger: input.forventetFravaerOver8Uger,
          risikoUarbejdsdygtigEfter4Aar: flagOrFalse(input.risikoUarbejdsdygtigEfter4Aar),
          akasseFravalgt: flagOrFalse(input.akasseFravalgt),
          iIntegrationsprogram: flagOrFalse(input.iIntegrationsprogram),
          faellessamtaleInden3Mdr: flagOrFalse(input.faellessamtaleInden3Mdr),
          visiteretTilJobcenter: flagOrFalse(input.visiteretTilJobcenter),
          undtaget: flagOrFalse(input.undtaget),
        });
        await requireValidChange(tx, target.forloeb, values);
        const quotaOverride =
          values.undtaget === true ? await checkExemptionQuota(tx, target, copenhagenToday(ctx.now()), input.confirmOverQuota === true) : null;
        const before = Object.fromEntries(Object.keys(values).map((k) => [k, target.forloeb[k as keyof typeof values]]));
        const record = await forloebRecord(tx, await updateForloeb(tx, target, input.version, values));
        await logForloebWrite(tx, ctx.scope, target.kommunekode, record, "forloeb.setFlags", {
          fields: Object.keys(values),
          before,
          after: values,
          ...(quotaOverride ? { quotaOverride } : {}),
        });
        return record;
      }),
    ),
});
