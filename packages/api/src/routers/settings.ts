import { eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { RuleSetSetting, SetRuleSetInput, SlotRules } from "@kontaktplan/schema";
import { recordChanges, type Change } from "../change-log.js";
import { auditAdmin } from "../domain/admin/admin-audit.js";
import { ruleSetFor, ruleSetKey, storeRuleSet } from "../domain/rule-set.js";
import { slotRulesFor, storeSlotRules } from "../domain/slot-rules.js";
import { danish } from "../input.js";
import { authedProcedure, jobcentreProcedure, rolesProcedure, router } from "../trpc.js";

export const settingsRouter = router({
  /** The caller's jobcentre's opening hours and horizon for slots. */
  slotRules: jobcentreProcedure.output(SlotRules).query(({ ctx }) => slotRulesFor(ctx.db, ctx.scope.kommunekode)),

  /** Jobcentre admin: set the opening hours and horizon new slots must keep to. */
  setSlotRules: rolesProcedure("jobcenter_admin")
    .input(danish(SlotRules))
    .output(SlotRules)
    .mutation(async ({ ctx, input }) => {
      await storeSlotRules(ctx.db, ctx.scope.kommunekode, input);
      return input;
    }),

  /** The rule set in force for the caller's kommune (national for a-kasse staff and system admins). */
  get: authedProcedure.output(RuleSetSetting).query(({ ctx }) => ruleSetFor(ctx.db, ctx.scope.kind === "jobcenter" ? ctx.scope.kommunekode : null)),

  /** System admin: the national rule set. Jobcentre admin: their own kommune's. */
  setRuleSet: rolesProcedure("system_admin", "jobcenter_admin")
    .input(danish(SetRuleSetInput))
    .output(RuleSetSetting)
    .mutation(({ ctx, input }) => {
      const scope = ctx.scope;
      const kommunekode = scope.kind === "jobcenter" ? scope.kommunekode : null;
      return ctx.db.transaction(async (tx) => {
        const before = await ruleSetFor(tx, kommunekode);
        await storeRuleSet(tx, kommunekode, input.ruleSet);
        await auditAdmin(tx, scope, "admin.setting.rule-set", {
          organisationId: scope.kind === "jobcenter" ? scope.organisationId : null,
          before: { key: ruleSetKey(kommunekode), ruleSet: before.ruleSet },
          after: { key: ruleSetKey(kommunekode), ruleSet: input.ruleSet },
        });
        const jobcentres = scope.kind === "jobcenter" ? [{ id: scope.organisationId, kommunekode: scope.kommunekode }] : await everyJobcentre(tx);
        await recordChanges(
          tx,
          jobcentres.map((j): Change => ({
            kommunekode: j.kommunekode,
            entity: "setting",
            entityId: j.id,
            op: "upsert",
            payload: { key: ruleSetKey(kommunekode), value: input.ruleSet },
          })),
        );
        return ruleSetFor(tx, kommunekode);
      });
    }),
});

/**
 * A national change is logged for every jobcentre's kommune: their desktops compute deadlines
 * offline and must pull it (where a kommune chose its own rule set, that choice still wins).
 */
async function everyJobcentre(db: Db): Promise<{ id: string; kommunekode: string }[]> {
  const { organisations } = tables;
  const rows = await db.select({ id: organisations.id, kommunekode: organisations.kommunekode }).from(organisations).where(eq(organisations.kind, "jobcenter"));
  return rows.flatMap((r) => (r.kommunekode === null ? [] : [{ id: r.id, kommunekode: r.kommunekode }]));
}
