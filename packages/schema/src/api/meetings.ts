/** Meetings and requests (meeting.*, request.*). */
import { z } from "zod";
import { SAMTALE_FORMS } from "../codes.js";
import { EntityId, Idempotent, LocalDateTime, Reason } from "./common.js";

/** Who can take part in a samtale, as stored on the meeting. */
export const MEETING_PARTICIPANTS = ["borger", "jobcenter", "akasse"] as const;
export type MeetingParticipant = (typeof MEETING_PARTICIPANTS)[number];

export const Participants = z
  .array(z.enum(MEETING_PARTICIPANTS, { error: "Vælg deltagerne blandt borgeren, jobcentret og a-kassen" }))
  .max(MEETING_PARTICIPANTS.length)
  // A checkbox sent twice is still one participant.
  .transform((list) => [...new Set(list)]);

export const MeetingPlanInput = LocalDateTime.extend({
  forloebId: EntityId,
  /** The jobcentre plans individual and joint meetings; the CV-samtale is the a-kasse's. */
  kind: z.enum(["individuel", "faelles"]),
  form: z.enum(SAMTALE_FORMS).optional(),
  participants: Participants.optional(),
  ...Idempotent,
});
export type MeetingPlanInput = z.infer<typeof MeetingPlanInput>;

export const MeetingRecordInput = z.object({
  meetingId: EntityId,
  form: z.enum(SAMTALE_FORMS),
  participants: Participants,
});
export type MeetingRecordInput = z.infer<typeof MeetingRecordInput>;

export const MeetingRef = z.object({ meetingId: EntityId });
export type MeetingRef = z.infer<typeof MeetingRef>;

export const MeetingCancelInput = MeetingRef.extend({ reason: Reason });
export type MeetingCancelInput = z.infer<typeof MeetingCancelInput>;
