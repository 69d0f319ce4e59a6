import { z } from "zod";
import { RULE_IDS, RULE_SETS } from "./codes.js";
import { IsoDate } from "./dates.js";

/** Which obligation a suggested meeting is meant to satisfy. */
export const ObligationRef = z.object({
  forloebId: z.string(),
  rule: z.enum(RULE_IDS),
  occurrence: z.number().int().min(1),
});
export type ObligationRef = z.infer<typeof ObligationRef>;

/** Who holds a meeting: the jobcentre (individual or joint meetings) or the a-kasse alone (RULES.md §8). */
export const MEETING_HOLDERS = ["jobcenter", "akasse"] as const;
export type MeetingHolder = (typeof MEETING_HOLDERS)[number];

/** A meeting the planner suggests, on a working day. */
export const SuggestedMeeting = z.object({
  forloebId: z.string(),
  date: IsoDate,
  kind: z.enum(["individuel", "faelles", "akasse"]),
  holder: z.enum(MEETING_HOLDERS),
  covers: z.array(ObligationRef).min(1),
  /** Danish sentence: why this meeting, why this day. */
  reason: z.string(),
});
export type SuggestedMeeting = z.infer<typeof SuggestedMeeting>;

/** An open or upcoming obligation that no working day left in its window can satisfy. */
export const UnplannableObligation = ObligationRef.extend({ from: IsoDate, to: IsoDate, reason: z.string() });
export type UnplannableObligation = z.infer<typeof UnplannableObligation>;

export const PlanResult = z.object({
  ruleSet: z.enum(RULE_SETS),
  asOf: IsoDate,
  suggestions: z.array(SuggestedMeeting),
  unplannable: z.array(UnplannableObligation),
});
export type PlanResult = z.infer<typeof PlanResult>;
