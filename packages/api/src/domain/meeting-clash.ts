/**
 * Planning a second samtale at the very time of another is usually a typing mistake: the planner
 * is told so (a refusal at the time field) and may plan it anyway (`despiteClash`), e.g. for two
 * members of one household seen together.
 */
import { and, eq, ne, or } from "drizzle-orm";
import { formatDanishDate, parseDay } from "@kontaktplan/rules";
import { tables, type Db } from "@kontaktplan/db";
import { fieldError } from "../errors.js";
import { copenhagenDateTime } from "../time.js";

const { citizens, forloeb, meetings } = tables;

/**
 * CONFLICT at `time` when the caseworker already has a planned samtale (other than `meetingId`)
 * starting at `startsAt`: planned by them or on their caseload.
 */
export async function requireNoClash(db: Db, caseworkerId: string, startsAt: Date, meetingId: string): Promise<void> {
  const [clash] = await db
    .select({ citizenId: citizens.id })
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(
      and(
        ne(meetings.id, meetingId),
        eq(meetings.status, "planlagt"),
        ne(meetings.kind, "cv"),
        eq(meetings.startsAt, startsAt.toISOString()),
        or(eq(meetings.createdBy, caseworkerId), eq(citizens.caseworkerId, caseworkerId)),
      ),
    )
    .limit(1);
  if (!clash) return;
  const { date, time } = copenhagenDateTime(startsAt);
  throw fieldError(
    "time",
    `Du har allerede en samtale planlagt ${formatDanishDate(parseDay(date))} kl. ${time}. Vælg et andet tidspunkt, eller bekræft, at begge samtaler skal holdes på samme tid.`,
    "CONFLICT",
  );
}
