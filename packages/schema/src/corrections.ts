/**
 * Corrections of what was recorded: a meeting's outcome, a CV-samtale, a ydelsesskift (each names
 * the version it corrects, optimistic concurrency, and is audited with before and after); and what
 * starts a record: a new citizen with the first forløb; and what warns before one is made: a
 * samtale planned at the time of another.
 */
import { z } from "zod";
import { SAMTALE_FORMS } from "./codes.js";
import { ApiDate, CitizenCreateInput, EntityId, LocalDateTime, NewForloebInput, Participants, Reason } from "./api.js";

const Version = z.number().int().min(1);

/** The outcomes a jobcentre meeting can be corrected to; cancelling stays `meeting.cancel`. */
export const CORRECTABLE_STATUSES = ["afholdt", "udeblevet", "planlagt"] as const;
export type CorrectableStatus = (typeof CORRECTABLE_STATUSES)[number];

/**
 * A meeting's outcome set right afterwards: held (with form and participants), missed, or back to
 * planned (also a cancelled one, un-cancelled). The reason is optional here; the server requires it
 * where the stored outcome calls for one (a held meeting changed afterwards).
 */
export const MeetingCorrectInput = z
  .object({
    meetingId: EntityId,
    version: Version,
    status: z.enum(CORRECTABLE_STATUSES, { error: "Vælg, hvad der rigtigt skete" }),
    form: z.enum(SAMTALE_FORMS).optional(),
    participants: Participants.optional(),
    reason: Reason.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.status !== "afholdt") return;
    if (input.form === undefined) ctx.addIssue({ code: "custom", path: ["form"], message: "Vælg samtaleformen for den afholdte samtale" });
    if (input.participants === undefined) ctx.addIssue({ code: "custom", path: ["participants"], message: "Vælg, hvem der deltog i samtalen" });
  });
export type MeetingCorrectInput = z.infer<typeof MeetingCorrectInput>;

/** A recorded CV-samtale: which one, and the version it was read at. */
export const CvRef = z.object({ meetingId: EntityId, version: Version });
export type CvRef = z.infer<typeof CvRef>;

/** The day a recorded CV-samtale was really held. */
export const CvUpdateInput = CvRef.extend({ date: ApiDate });
export type CvUpdateInput = z.infer<typeof CvUpdateInput>;

/** Undo the ydelsesskift that began this forløb (within a day of registering it). */
export const UndoBenefitChangeInput = z.object({ forloebId: EntityId, version: Version });
export type UndoBenefitChangeInput = z.infer<typeof UndoBenefitChangeInput>;

/** A new citizen of the caller's kommune, with the first forløb when one is known: created together, or not at all. */
export const NewCitizenInput = CitizenCreateInput.extend({ forloeb: NewForloebInput.optional() });
export type NewCitizenInput = z.infer<typeof NewCitizenInput>;

/** An a-kasse a citizen can be a member of, for choosing one. */
export const AkasseChoice = z.object({ id: z.string(), name: z.string() });
export type AkasseChoice = z.infer<typeof AkasseChoice>;

/** A time a samtale is about to be planned at, to warn of the caseworker's other samtaler then. */
export const MeetingClashQuery = LocalDateTime;
export type MeetingClashQuery = z.infer<typeof MeetingClashQuery>;

/** How many of the caseworker's planned samtaler start at that very time. */
export const MeetingClashes = z.object({ clashes: z.number().int().min(0) });
export type MeetingClashes = z.infer<typeof MeetingClashes>;
