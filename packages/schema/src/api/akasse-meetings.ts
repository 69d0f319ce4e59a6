/** The a-kasse's own jobsamtaler (akasse.*, RULES.md §8, from 2024). */
import { z } from "zod";
import { SAMTALE_FORMS } from "../codes.js";
import { Anmodning } from "../input.js";
import { ApiDate, EntityId, Idempotent, LocalDateTime } from "./common.js";
import { MeetingRecordInput } from "./meetings.js";

/** The a-kasse plans one of its own jobsamtaler (kind `akasse`) with a member on a dagpenge forløb. */
export const AkasseMeetingPlanInput = LocalDateTime.extend({
  forloebId: EntityId,
  form: z.enum(SAMTALE_FORMS).optional(),
  ...Idempotent,
});
export type AkasseMeetingPlanInput = z.infer<typeof AkasseMeetingPlanInput>;

/** The a-kasse held its own jobsamtale with the member: how it was held (the member and the a-kasse took part). */
export const AkasseMeetingRecordInput = MeetingRecordInput.omit({ participants: true });
export type AkasseMeetingRecordInput = z.infer<typeof AkasseMeetingRecordInput>;

/** What a correction of one of the a-kasse's own meetings may set it to. */
export const AKASSE_CORRECTED_STATUSES = ["planlagt", "afholdt", "udeblevet"] as const;

/**
 * A correction of one of the a-kasse's own meetings (a jobsamtale or the CV-samtale): its outcome
 * and its date and time; `version` is the one the user saw. The audit log keeps before and after.
 */
export const AkasseMeetingCorrectInput = LocalDateTime.extend({
  meetingId: EntityId,
  version: z.number().int().min(1),
  status: z.enum(AKASSE_CORRECTED_STATUSES, { error: "Vælg, om samtalen er planlagt, afholdt eller udeblevet" }),
});
export type AkasseMeetingCorrectInput = z.infer<typeof AkasseMeetingCorrectInput>;

/** An iCalendar file for one meeting. */
export const IcsFile = z.object({ filename: z.string(), content: z.string() });
export type IcsFile = z.infer<typeof IcsFile>;

export const RequestRegisterInput = z
  .object(Anmodning.shape)
  .omit({ id: true })
  .extend({ forloebId: EntityId, date: ApiDate, ...Idempotent });
export type RequestRegisterInput = z.infer<typeof RequestRegisterInput>;

export const RequestRef = z.object({ requestId: EntityId });
export type RequestRef = z.infer<typeof RequestRef>;

/** A correction of a registered request: its date and who asked. */
export const RequestUpdateInput = RequestRef.extend({ date: ApiDate, by: Anmodning.shape.by });
export type RequestUpdateInput = z.infer<typeof RequestUpdateInput>;
