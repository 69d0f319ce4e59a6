import { and, eq } from "drizzle-orm";
import { onlyRow, tables } from "@kontaktplan/db";
import { evaluateValid, handoverDay, planValid } from "@kontaktplan/rules";
import { z } from "zod";
import { AkasseChoice, CitizenDetail, CitizenQuery, CitizenRecord, NewCitizenInput } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { logWrite } from "../write-log.js";
import { forloebRecord, logForloebWrite } from "../domain/forloeb.js";
import { evaluationInputOf, groupBy, loadCaseData } from "../domain/case-data.js";
import { citizenRecordOf, forloebRecordOf, meetingRecordOf } from "../domain/records.js";
import { ruleSetFor } from "../domain/rule-set.js";
import { danish } from "../input.js";
import { forloebVisible, requireCitizen } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { fieldError } from "../errors.js";
import { submitOnce } from "../submissions.js";
import { jobcentreProcedure, rolesProcedure, router } from "../trpc.js";
import { newForloebValues } from "./forloeb.js";

const { citizens, forloeb, organisations } = tables;

export const citizenRouter = router({
  /**
   * A new citizen of the caller's kommune, on the caseload of the caseworker who creates it (an
   * admin's stays unassigned), with the first forløb when given: both or neither. The audit row and
   * the change log never hold the CPR number.
   */
  create: jobcentreProcedure
    .input(danish(NewCitizenInput))
    .output(CitizenRecord)
    .mutation(({ ctx, input }) =>
      submitOnce(ctx.db, ctx.scope, "citizen.create", input.idempotencyKey, async (tx) => {
        if (input.akasseId !== undefined) {
          const [akasse] = await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(and(eq(organisations.id, input.akasseId), eq(organisations.kind, "akasse")));
          if (!akasse) throw fieldError("akasseId", "A-kassen findes ikke");
        }
        const row = onlyRow(
          await tx
            .insert(citizens)
            .values({
              kommunekode: ctx.scope.kommunekode,
              cpr: input.cpr,
              name: input.name,
              akasseId: input.akasseId ?? null,
              caseworkerId: ctx.scope.role === "sagsbehandler" ? ctx.scope.userId : null,
            })
            .returning(),
        );
        // Desktops pull the citizen's current row by this; the payload names no CPR number.
        await logWrite(tx, ctx.scope, "citizen.create", row.id, {}, [
          { kommunekode: row.kommunekode, entity: "citizen", entityId: row.id, op: "upsert", payload: { caseworkerId: row.caseworkerId } },
        ]);
        if (input.forloeb) {
          const first = onlyRow(
            await tx
              .insert(forloeb)
              .values(newForloebValues(row.id, row.akasseId, input.forloeb))
              .returning(),
          );
          await logForloebWrite(tx, ctx.scope, row.kommunekode, await forloebRecord(tx, first), "forloeb.create");
        }
        return citizenRecordOf(row);
      }),
    ),

  /** The a-kasser a new citizen can be a member of (reference data, no citizen's). */
  akasser: jobcentreProcedure
    .output(z.array(AkasseChoice))
    .query(({ ctx }) =>
      ctx.db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kind, "akasse")).orderBy(organisations.name),
    ),

  /**
   * One citizen: forløb with pauses, meetings, requests, the evaluated obligations (with legal
   * basis and explanation), warnings and a suggested plan — under the rule set in force, or under
   * `ruleSet` to compare.
   */
  get: rolesProcedure("sagsbehandler", "jobcenter_admin", "system_admin")
    .input(danish(CitizenQuery))
    .output(CitizenDetail)
    .query(async ({ ctx, input }) => {
      const citizen = await requireCitizen(ctx.db, ctx.scope, input.citizenId);
      const asOf = copenhagenToday(ctx.now());
      const ruleSet = input.ruleSet ?? (await ruleSetFor(ctx.db, citizen.kommunekode)).ruleSet;
      const data = await loadCaseData(ctx.db, and(eq(citizens.id, citizen.id), forloebVisible(ctx.scope)));
      const evaluationInput = evaluationInputOf(data, ruleSet, asOf);
      const pausesByForloeb = groupBy(data.pauses, (p) => p.forloebId);
      await auditRead(ctx.db, ctx.scope, "citizen.get", citizen.id, { ruleSet });
      return {
        asOf,
        ruleSet,
        citizen: citizenRecordOf(citizen),
        forloeb: data.forloeb.map((f) => forloebRecordOf(f, pausesByForloeb.get(f.id) ?? [])).sort((a, b) => (a.start < b.start ? -1 : 1)),
        meetings: data.meetings.map(meetingRecordOf).sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0)),
        requests: evaluationInput.anmodninger ?? [],
        evaluation: evaluateValid(evaluationInput),
        plan: planValid(evaluationInput),
        handovers: evaluationInput.forloeb.flatMap((f) => {
          const date = handoverDay(f, ruleSet);
          return date === null ? [] : [{ forloebId: f.id, date }];
        }),
      };
    }),
});
