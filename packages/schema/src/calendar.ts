/** The week calendar (caseworker: own meetings and slots; a-kasse: booked fællessamtaler) and the personal calendar feed. */
import { z } from "zod";
import { SAMTALE_FORMS, SAMTALE_KINDS, SAMTALE_STATUSES } from "./codes.js";
import { ApiDate, JOINT_RULES } from "./api.js";
import { IsoDate, isValidIsoDate } from "./dates.js";

/** The Monday a week starts on (ISO weeks: Monday to Sunday). */
export const WeekInput = z.object({
  monday: ApiDate.refine((d) => !isValidIsoDate(d) || new Date(`${d}T12:00:00Z`).getUTCDay() === 1, { error: "Ugen skal angives ved sin mandag" }),
});
export type WeekInput = z.infer<typeof WeekInput>;

/** One thing in a calendar: a samtale, or a published slot nobody has booked yet. */
export const CalendarItem = z.object({
  id: z.string(),
  type: z.enum(["meeting", "slot"]),
  date: IsoDate,
  /** tt:mm in Europe/Copenhagen. */
  start: z.string(),
  end: z.string(),
  /** The exact moments, ISO 8601 in UTC. */
  startsAt: z.string(),
  endsAt: z.string(),
  /** Meetings only (null for a slot). */
  kind: z.enum(SAMTALE_KINDS).nullable(),
  status: z.enum(SAMTALE_STATUSES).nullable(),
  form: z.enum(SAMTALE_FORMS).nullable(),
  citizenId: z.string().nullable(),
  citizenName: z.string().nullable(),
  /** A-kasse: the member's forløb and the joint deadline the booking serves (to open the booking page). */
  forloebId: z.string().nullable(),
  rule: z.enum(JOINT_RULES).nullable(),
  occurrence: z.number().int().min(1).nullable(),
  /** The ids of the items this one overlaps (a cancelled meeting overlaps nothing). */
  conflictsWith: z.array(z.string()),
});
export type CalendarItem = z.infer<typeof CalendarItem>;

export const CalendarDay = z.object({
  date: IsoDate,
  /** Why the jobcentre is closed that day (a public holiday), else null. */
  closed: z.string().nullable(),
  items: z.array(CalendarItem),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** Monday to Friday of one week, each day's items by time. */
export const CalendarWeek = z.object({
  monday: IsoDate,
  asOf: IsoDate,
  days: z.array(CalendarDay),
  conflicts: z.number().int().min(0),
});
export type CalendarWeek = z.infer<typeof CalendarWeek>;

/** The caller's calendar feed, as "Min konto" shows it: never the secret address itself. */
export const CalendarFeedState = z.object({
  active: z.boolean(),
  showNames: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedState = z.infer<typeof CalendarFeedState>;

export const CalendarFeedCreateInput = z.object({ showNames: z.boolean().default(false) });
export type CalendarFeedCreateInput = z.infer<typeof CalendarFeedCreateInput>;

/** A new feed: its address is shown this once (the server keeps only a hash of the token). */
export const CalendarFeedCreated = CalendarFeedState.extend({ path: z.string() });
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;
