/**
 * Planning a second samtale at the very time of another is usually a typing mistake: the planning
 * form asks first and warns (the planner may still plan both, e.g. for two members of one
 * household seen together), so planning itself never refuses it.
 */
import { and, count, eq, inArray, or } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { JOBCENTER_KINDS } from "@kontaktplan/schema";

const { citizens, forloeb, meetings } = tables;

/**
 * How many planned samtaler of the caseworker's (planned by them or on their caseload) start at
 * `startsAt`; the a-kasse's own kinds (CV-samtale, its jobsamtaler) are the a-kasse's, not theirs.
 */
export async function clashesAt(db: Db, caseworkerId: string, startsAt: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(meetings)
    .innerJoin(forloeb, eq(forloeb.id, meetings.forloebId))
    .innerJoin(citizens, eq(citizens.id, forloeb.citizenId))
    .where(
      and(
        eq(meetings.status, "planlagt"),
        inArray(meetings.kind, [...JOBCENTER_KINDS]),
        eq(meetings.startsAt, startsAt.toISOString()),
        or(eq(meetings.createdBy, caseworkerId), eq(citizens.caseworkerId, caseworkerId)),
      ),
    );
  return row?.n ?? 0;
}
