/** The caseload list (caseload.list). */
import { z } from "zod";
import { OBLIGATION_STATUSES, RULE_IDS, RULE_SETS, YDELSER } from "../codes.js";
import { IsoDate } from "../dates.js";
import { TARGET_GROUPS } from "../target-groups.js";
import { EntityId } from "./common.js";

/** `urgency`: overdue first (the longest overdue first), then by next deadline. */
export const CASELOAD_SORTS = ["urgency", "nextDeadline", "name", "targetGroup", "missed", "open"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
/** A status filter on the caseload: one status, or `pending` (open or upcoming, what is still to do). */
export const CASELOAD_STATUSES = [...OBLIGATION_STATUSES, "pending"] as const;
export type CaseloadStatus = (typeof CASELOAD_STATUSES)[number];

/** A search by name (words) or CPR number (ddmmyy, dd-mm-yy, or all ten digits). */
export const SearchText = z.string().trim().max(60, { error: "Søgningen må højst være 60 tegn" });

export const CaseloadQuery = z.object({
  sort: z.enum(CASELOAD_SORTS).default("urgency"),
  direction: z.enum(SORT_DIRECTIONS).default("asc"),
  status: z.enum(CASELOAD_STATUSES).optional(),
  targetGroup: z.enum(TARGET_GROUPS, { error: (issue) => `Ukendt målgruppe ${JSON.stringify(issue.input)}` }).optional(),
  /** Citizens of one caseworker, or (`none`) those without one. */
  caseworker: z.union([EntityId, z.literal("none")]).optional(),
  search: SearchText.optional(),
  /** `mine`: citizens whose caseworker is the caller; `kommune`: every citizen of the kommune. */
  scope: z.enum(["mine", "kommune"]).default("mine"),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const StatusCounts = z.object({
  met: z.number().int().min(0),
  lapsed: z.number().int().min(0),
  missed: z.number().int().min(0),
  upcoming: z.number().int().min(0),
  open: z.number().int().min(0),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

/** One citizen in a caseload list: the next deadline and how their obligations stand. */
export const CitizenSummary = z.object({
  citizenId: z.string(),
  name: z.string(),
  /** ddmmyy-xxxx: all a list shows, so the full number never leaves the server for a whole caseload. */
  cprMasked: z.string(),
  caseworkerId: z.string().nullable(),
  /** The benefit of the current (or latest) forløb. */
  ydelse: z.enum(YDELSER).nullable(),
  targetGroup: z.enum(TARGET_GROUPS).nullable(),
  targetGroupLabel: z.string().nullable(),
  /** The earliest `to` of an open or upcoming obligation. */
  nextDeadline: IsoDate.nullable(),
  nextDeadlineRule: z.enum(RULE_IDS).nullable(),
  /** The earliest `to` of a missed obligation: how long the citizen has been overdue. */
  overdueSince: IsoDate.nullable(),
  counts: StatusCounts,
});
export type CitizenSummary = z.infer<typeof CitizenSummary>;

export const CaseloadPage = z.object({
  asOf: IsoDate,
  ruleSet: z.enum(RULE_SETS),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  rows: z.array(CitizenSummary),
});
export type CaseloadPage = z.infer<typeof CaseloadPage>;
