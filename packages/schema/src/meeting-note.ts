/** The referat of a held samtale: free text, never a CPR number. */
import { z } from "zod";
import { withoutCpr } from "./text.js";

export const MEETING_NOTE_MAX = 4000;

/**
 * Write or correct a held samtale's referat; empty text removes it. `version` is the meeting's as
 * it was read, so a correction made meanwhile by someone else is not overwritten unseen.
 */
export const MeetingNoteInput = z.object({
  meetingId: z.guid({ error: "Skal være et gyldigt id" }),
  version: z.number().int().min(1),
  note: withoutCpr(
    z
      .string()
      .trim()
      .max(MEETING_NOTE_MAX, { error: `Referatet må højst være ${MEETING_NOTE_MAX} tegn` }),
  ),
});
export type MeetingNoteInput = z.infer<typeof MeetingNoteInput>;
