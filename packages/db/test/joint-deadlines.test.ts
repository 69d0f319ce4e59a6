/**
 * Migration 0007: bookings and proposals record the joint deadline they serve, a deadline holds one
 * booked fællessamtale and one unanswered proposal, and bookings of meetings that already took
 * place are completed. Checked on a database that held data before the migration ran.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tables, type Database } from "@kontaktplan/db";
import { DATABASE_KINDS, emptyDatabase } from "@kontaktplan/db/testing";
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusedBy, rows, SETUP_TIMEOUT_MS } from "./support.js";

const MIGRATIONS = fileURLToPath(new URL("../migrations", import.meta.url));
const BEFORE = "0007_joint_served_deadline";

/** The migrations folder as it was before 0007: the same files, with the journal cut short. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), "kontaktplan-migrations-"));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

function migrateFrom(database: Database, migrationsFolder: string): Promise<void> {
  // `db` is the driver's own Drizzle instance behind the shared type.
  return database.kind === "pglite" ? migratePglite(database.db as never, { migrationsFolder }) : migratePg(database.db as never, { migrationsFolder });
}

describe.each(DATABASE_KINDS)("joint deadlines (migration 0007) on %s", (kind) => {
  let database: Database;
  const ids = {
    jobcentre: "00000000-0000-4000-8000-000000000001",
    akasse: "00000000-0000-4000-8000-000000000002",
    citizen: "00000000-0000-4000-8000-000000000003",
    forloeb: "00000000-0000-4000-8000-000000000004",
  };
  const slot = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, "0")}`;
  const meeting = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, "0")}`;
  const booking = (n: number) => `00000000-0000-4000-8000-0000000003${String(n).padStart(2, "0")}`;

  beforeAll(async () => {
    database = await emptyDatabase(kind);
    const before = migrationsBefore(BEFORE);
    try {
      await migrateFrom(database, before);
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
    // Data as the old schema held it, in plain SQL: the Drizzle tables already describe the new one.
    const db = database.db;
    await db.execute(sql`insert into organisations (id, kind, name, kommunekode) values
      (${ids.jobcentre}, 'jobcenter', 'Jobcenter København', '101'), (${ids.akasse}, 'akasse', 'A-kasse Nord', null)`);
    await db.execute(sql`insert into citizens (id, kommunekode, cpr, name, akasse_id) values (${ids.citizen}, '101', '0101900001', 'Ane', ${ids.akasse})`);
    await db.execute(
      sql`insert into forloeb (id, citizen_id, ydelse, start, akasse_id) values (${ids.forloeb}, ${ids.citizen}, 'dagpenge', '2025-01-06', ${ids.akasse})`,
    );
    for (let n = 1; n <= 4; n++) {
      await db.execute(sql`insert into slots (id, jobcenter_id, starts_at, ends_at)
        values (${slot(n)}, ${ids.jobcentre}, ${`2025-03-0${n + 2}T09:00:00Z`}, ${`2025-03-0${n + 2}T10:00:00Z`})`);
    }
    const old = [
      [1, "planlagt", "booked"],
      [2, "afholdt", "booked"],
      [3, "udeblevet", "booked"],
      [4, "aflyst", "cancelled"],
    ] as const;
    for (const [n, meetingStatus, bookingStatus] of old) {
      await db.execute(sql`insert into meetings (id, forloeb_id, ydelse, starts_at, date, kind, status, cancel_reason)
        values (${meeting(n)}, ${ids.forloeb}, 'dagpenge', ${`2025-03-0${n + 2}T09:00:00Z`}, ${`2025-03-0${n + 2}`}, 'faelles', ${meetingStatus},
          ${meetingStatus === "aflyst" ? "Syg" : null})`);
      await db.execute(sql`insert into joint_bookings (id, slot_id, forloeb_id, akasse_id, meeting_id, status)
        values (${booking(n)}, ${slot(n)}, ${ids.forloeb}, ${ids.akasse}, ${meeting(n)}, ${bookingStatus})`);
    }
    await db.execute(sql`insert into joint_proposals (forloeb_id, akasse_id, times) values (${ids.forloeb}, ${ids.akasse}, '["2025-03-10T09:00:00Z"]')`);
    await database.migrate();
  }, SETUP_TIMEOUT_MS);
  afterAll(() => database.close());

  it("completes the bookings of held and missed meetings, and leaves older rows without a deadline", async () => {
    const bookings = await rows<{ id: string; status: string; rule: string | null; occurrence: number | null }>(
      database.db,
      sql`select id, status, rule, occurrence from joint_bookings order by id`,
    );
    expect(bookings).toEqual([
      { id: booking(1), status: "booked", rule: null, occurrence: null },
      { id: booking(2), status: "completed", rule: null, occurrence: null },
      { id: booking(3), status: "completed", rule: null, occurrence: null },
      { id: booking(4), status: "cancelled", rule: null, occurrence: null },
    ]);
    expect(await rows(database.db, sql`select rule, occurrence from joint_proposals`)).toEqual([{ rule: null, occurrence: null }]);
  });

  it("admits one booked fællessamtale and one unanswered proposal per deadline; cancelled and completed ones do not count", async () => {
    const db = database.db;
    const deadline = { forloebId: ids.forloeb, akasseId: ids.akasse, rule: "joint-by-3-months", occurrence: 1 } as const;
    const [proposal] = await db
      .insert(tables.jointProposals)
      .values({ ...deadline, times: ["2025-03-11T09:00:00Z"] })
      .returning();
    await expectRefusedBy(
      db.insert(tables.jointProposals).values({ ...deadline, times: ["2025-03-12T09:00:00Z"] }),
      "joint_proposals_one_pending_per_deadline",
    );
    await db.insert(tables.jointProposals).values({ ...deadline, times: ["2025-03-12T09:00:00Z"], status: "declined" });

    await db.insert(tables.jointBookings).values({ ...deadline, slotId: slot(4), status: "cancelled" });
    await db.insert(tables.jointBookings).values({ ...deadline, slotId: slot(3), status: "completed" });
    await db.insert(tables.jointBookings).values({ ...deadline, proposalId: proposal!.id });
    await expectRefusedBy(db.insert(tables.jointBookings).values({ ...deadline, slotId: slot(4) }), "joint_bookings_one_active_per_seat");
    // The same deadline on the 6-month rule is another deadline.
    await db.insert(tables.jointBookings).values({ ...deadline, rule: "joint-by-6-months", slotId: slot(4) });
  });

  it("refuses a booking with both or neither of slot and proposal, and half or invalid deadlines", async () => {
    const db = database.db;
    const base = { forloebId: ids.forloeb, akasseId: ids.akasse, status: "cancelled" } as const;
    const [proposal] = await db
      .insert(tables.jointProposals)
      .values({ forloebId: ids.forloeb, akasseId: ids.akasse, times: ["2025-03-11T09:00:00Z"], status: "declined" })
      .returning();
    await expectRefusedBy(db.insert(tables.jointBookings).values(base), "joint_bookings_slot_or_proposal");
    await expectRefusedBy(db.insert(tables.jointBookings).values({ ...base, slotId: slot(1), proposalId: proposal!.id }), "joint_bookings_slot_or_proposal");
    await expectRefusedBy(db.insert(tables.jointBookings).values({ ...base, slotId: slot(1), rule: "joint-by-3-months" }), "joint_bookings_deadline_complete");
    await expectRefusedBy(
      db.insert(tables.jointBookings).values({ ...base, slotId: slot(1), rule: "joint-by-9-months" as never, occurrence: 1 }),
      "joint_bookings_rule_valid",
    );
    await expectRefusedBy(
      db.insert(tables.jointBookings).values({ ...base, slotId: slot(1), rule: "joint-by-3-months", occurrence: 0 }),
      "joint_bookings_occurrence_positive",
    );
    await expectRefusedBy(db.insert(tables.jointBookings).values({ ...base, slotId: slot(1), status: "held" as never }), "joint_bookings_status_valid");
    await expectRefusedBy(
      db.insert(tables.jointProposals).values({ forloebId: ids.forloeb, akasseId: ids.akasse, times: ["2025-03-11T09:00:00Z"], occurrence: 1 }),
      "joint_proposals_deadline_complete",
    );
  });
});
