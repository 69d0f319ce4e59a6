import { RuleSetSetting, SetRuleSetInput } from "@kontaktplan/schema";
import { recordChanges } from "../change-log.js";
import { ruleSetFor, ruleSetKey, storeRuleSet } from "../domain/rule-set.js";
import { danish } from "../input.js";
import { authedProcedure, rolesProcedure, router } from "../trpc.js";

export const settingsRouter = router({
  /** The rule set in force for the caller's kommune (national for a-kasse staff and system admins). */
  get: authedProcedure
    .output(RuleSetSetting)
    .query(({ ctx }) => ruleSetFor(ctx.db, ctx.scope.kind === "jobcenter" ? ctx.scope.kommunekode : null)),

  /** System admin: the national rule set. Jobcentre admin: their own kommune's. */
  setRuleSet: rolesProcedure("system_admin", "jobcenter_admin")
    .input(danish(SetRuleSetInput))
    .output(RuleSetSetting)
    .mutation(({ ctx, input }) => {
      const scope = ctx.scope;
      const kommunekode = scope.kind === "jobcenter" ? scope.kommunekode : null;
      return ctx.db.transaction(async (tx) => {
        await storeRuleSet(tx, kommunekode, input.ruleSet);
        if (scope.kind === "jobcenter") {
          await recordChanges(tx, [
            {
              kommunekode: scope.kommunekode,
              entity: "setting",
              entityId: scope.organisationId,
              op: "upsert",
              payload: { key: ruleSetKey(scope.kommunekode), value: input.ruleSet },
            },
          ]);
        }
        return ruleSetFor(tx, kommunekode);
      });
    }),
});
