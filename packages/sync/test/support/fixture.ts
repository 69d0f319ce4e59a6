/**
 * A kommune on the server: a jobcentre with caseworkers (two unless asked), an a-kasse, and citizens on
 * kontanthjælp and dagpenge, each with one forløb, a pause or a request, and past meetings
 * still planned (so they can be recorded offline). Ids are chosen here, so bulk inserts are fast.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "@kontaktplan/api";
import { tables, type Db } from "@kontaktplan/db";

export const PASSWORD = "Hemmelig-kode-42";
export const KOMMUNE = "101";

export interface Kommune {
  jobcentreId: string;
  caseworkers: { id: string; email: string }[];
  citizens: { id: string; forloebId: string; ydelse: "kontanthjaelp" | "dagpenge"; meetingIds: string[] }[];
}

const CHUNK = 1000;

async function insertAll<T extends Parameters<Db["insert"]>[0]>(db: Db, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(table).values(rows.slice(i, i + CHUNK));
}

/** The date `offset` days from today (negative: before), as the API stores it; the server runs on the real clock. */
export function dayFromToday(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const pastDay = (daysAgo: number) => dayFromToday(-daysAgo);

export async function seedKommune(db: Db, options: { citizens: number; meetingsPerCitizen?: number; caseworkers?: number }): Promise<Kommune> {
  const meetingsPerCitizen = options.meetingsPerCitizen ?? 2;
  const passwordHash = await hashPassword(PASSWORD);
  const jobcentreId = randomUUID();
  const akasseId = randomUUID();
  await db.insert(tables.organisations).values([
    { id: jobcentreId, kind: "jobcenter", name: "Jobcenter Prøvekommune", kommunekode: KOMMUNE },
    { id: akasseId, kind: "akasse", name: "Prøve A-kasse" },
  ]);
  const caseworkers = Array.from({ length: options.caseworkers ?? 2 }, (_, i) => ({
    id: randomUUID(),
    email: `sagsbehandler${i + 1}@example.dk`,
  }));
  await db.insert(tables.users).values(
    caseworkers.map((c, i) => ({
      id: c.id,
      organisationId: jobcentreId,
      email: c.email,
      name: `Sagsbehandler ${i + 1}`,
      role: "sagsbehandler" as const,
      passwordHash,
    })),
  );
  const citizens: Kommune["citizens"] = [];
  const citizenRows: (typeof tables.citizens.$inferInsert)[] = [];
  const forloebRows: (typeof tables.forloeb.$inferInsert)[] = [];
  const meetingRows: (typeof tables.meetings.$inferInsert)[] = [];
  const pauseRows: (typeof tables.pauses.$inferInsert)[] = [];
  const requestRows: (typeof tables.requests.$inferInsert)[] = [];
  for (let i = 0; i < options.citizens; i++) {
    const dagpenge = i % 2 === 1;
    const ydelse = dagpenge ? "dagpenge" : "kontanthjaelp";
    const citizen = { id: randomUUID(), forloebId: randomUUID(), ydelse, meetingIds: [] as string[] } as const;
    citizenRows.push({
      id: citizen.id,
      kommunekode: KOMMUNE,
      cpr: `0101${String(i).padStart(6, "0")}`,
      name: `Borger ${i + 1}`,
      akasseId: dagpenge ? akasseId : null,
      caseworkerId: caseworkers[i % caseworkers.length]!.id,
    });
    forloebRows.push({
      id: citizen.forloebId,
      citizenId: citizen.id,
      ydelse,
      start: pastDay(200),
      visitation: dagpenge ? null : "jobparat",
      akasseId: dagpenge ? akasseId : null,
    });
    const meetingIds: string[] = [];
    for (let m = 0; m < meetingsPerCitizen; m++) {
      const id = randomUUID();
      meetingIds.push(id);
      const date = pastDay(30 + m * 7);
      meetingRows.push({ id, forloebId: citizen.forloebId, ydelse, startsAt: `${date}T08:00:00Z`, date, kind: "individuel", status: "planlagt" });
    }
    if (dagpenge) requestRows.push({ id: randomUUID(), forloebId: citizen.forloebId, date: pastDay(60), by: "borger" });
    else pauseRows.push({ id: randomUUID(), forloebId: citizen.forloebId, from: pastDay(150), to: pastDay(140) });
    citizens.push({ ...citizen, meetingIds });
  }
  await insertAll(db, tables.citizens, citizenRows);
  await insertAll(db, tables.forloeb, forloebRows);
  await insertAll(db, tables.meetings, meetingRows);
  await insertAll(db, tables.pauses, pauseRows);
  await insertAll(db, tables.requests, requestRows);
  return { jobcentreId, caseworkers, citizens };
}
