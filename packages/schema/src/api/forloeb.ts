/** Forløb (forloeb.*): creating, editing, changing benefit, pauses and flags. */
import { z } from "zod";
import { Forloeb, Pause } from "../input.js";
import { ApiDate, EntityId, Idempotent, PauseReason } from "./common.js";
import { ForloebRecord } from "./citizen.js";

/** A forløb's own fields, without the ids storage assigns and without pauses (edited on their own). */
const ForloebFields = z
  .object(Forloeb.shape)
  .omit({ id: true, borgerId: true, pauses: true })
  .extend({ start: ApiDate, end: ApiDate.nullish(), visitationsdato: ApiDate.nullish() });

/**
 * Apply Forløb's cross-field rules (RULES.md §7) to an API input by checking the forløb it
 * describes; the rules stay in one place, `Forloeb`, and only their findings are copied.
 */
function forloebRules(value: object, ctx: z.RefinementCtx): void {
  // The ids only satisfy the shape; no cross-field rule looks at them.
  const result = Forloeb.safeParse({ ...value, id: "ny", borgerId: "ny" });
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (issue.code === "custom") ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
}

/** A new forløb's own fields, for a citizen not yet created (`NewCitizenInput`). */
export const NewForloebInput = ForloebFields.superRefine(forloebRules);
export type NewForloebInput = z.infer<typeof NewForloebInput>;

export const ForloebCreateInput = ForloebFields.extend({ citizenId: EntityId, ...Idempotent }).superRefine(forloebRules);
export type ForloebCreateInput = z.infer<typeof ForloebCreateInput>;

/** A partial edit of a forløb; the benefit never changes here (that is `changeBenefit`). */
export const ForloebUpdateInput = ForloebFields.omit({
  ydelse: true,
  forventetFravaerOver8Uger: true,
  risikoUarbejdsdygtigEfter4Aar: true,
  akasseFravalgt: true,
  iIntegrationsprogram: true,
  faellessamtaleInden3Mdr: true,
  visiteretTilJobcenter: true,
  undtaget: true,
})
  .partial()
  .extend({ forloebId: EntityId, version: z.number().int().min(1) });
export type ForloebUpdateInput = z.infer<typeof ForloebUpdateInput>;

/** Ydelsesskift: the current forløb ends the day before `start` and the new one begins. */
export const ChangeBenefitInput = ForloebFields.extend({
  forloebId: EntityId,
  ...Idempotent,
  version: z.number().int().min(1),
}).superRefine(forloebRules);
export type ChangeBenefitInput = z.infer<typeof ChangeBenefitInput>;

// safeExtend: Pause carries its from/to refinement, which still holds for the narrower dates.
export const AddPauseInput = Pause.safeExtend({ forloebId: EntityId, from: ApiDate, to: ApiDate, reason: PauseReason.optional(), ...Idempotent });
export type AddPauseInput = z.infer<typeof AddPauseInput>;

export const RemovePauseInput = z.object({ pauseId: EntityId });
export type RemovePauseInput = z.infer<typeof RemovePauseInput>;

/** A correction of a pause: its days and reason. */
export const PauseUpdateInput = Pause.safeExtend({ pauseId: EntityId, from: ApiDate, to: ApiDate, reason: PauseReason.optional() });
export type PauseUpdateInput = z.infer<typeof PauseUpdateInput>;

export const SetFlagsInput = ForloebFields.pick({
  forventetFravaerOver8Uger: true,
  risikoUarbejdsdygtigEfter4Aar: true,
  akasseFravalgt: true,
  iIntegrationsprogram: true,
  faellessamtaleInden3Mdr: true,
  visiteretTilJobcenter: true,
  undtaget: true,
}).extend({
  forloebId: EntityId,
  version: z.number().int().min(1),
  /** Exempt the citizen although the group's exemptions already reach the ceiling (recorded in the audit log). */
  confirmOverQuota: z.boolean().optional(),
});
export type SetFlagsInput = z.infer<typeof SetFlagsInput>;

export const ChangeBenefitResult = z.object({ ended: ForloebRecord, started: ForloebRecord });
export type ChangeBenefitResult = z.infer<typeof ChangeBenefitResult>;
