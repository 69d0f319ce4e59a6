import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { translateDbError } from "../src/db-errors.js";
import { callerAs } from "./support/callers.js";
import { useWorld } from "./support/database.js";

const ATTEMPTS = 50;

describe.each(DATABASE_KINDS)("booking race on %s", (kind) => {
  const env = useWorld(kind);

  it(`${ATTEMPTS} concurrent bookings of one slot: exactly one succeeds, every other gets CONFLICT`, async () => {
    const { a } = env.world;
    // Fifty members, as if fifty a-kasse tabs each booked the same slot for a different member.
    const members = await env.database.db
      .insert(tables.citizens)
      .values(
        Array.from({ length: ATTEMPTS }, (_, i) => ({
          kommunekode: "101",
          cpr: `1111${String(i).padStart(6, "0")}`,
          name: `Medlem ${i}`,
          akasseId: a.akasse.id,
        })),
      )
      .returning({ id: tables.citizens.id });
    const forloeb = await env.database.db
      .insert(tables.forloeb)
      .values(members.map((m) => ({ citizenId: m.id, ydelse: "dagpenge", start: "2025-01-06", akasseId: a.akasse.id })))
      .returning({ id: tables.forloeb.id });
    const callers = await Promise.all(forloeb.map(() => callerAs(env.database, a.akasseStaff.id)));

    const outcomes = await Promise.allSettled(
      forloeb.map((f, i) => callers[i]!.joint.book({ forloebId: f.id, slotId: a.slotId, rule: "joint-by-3-months", occurrence: 1 })),
    );

    const booked = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: string; message?: string }] : []));
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(ATTEMPTS - 1);
    expect(new Set(refused.map((e) => e.code))).toEqual(new Set(["CONFLICT"]));
    expect(new Set(refused.map((e) => e.message))).toEqual(new Set(["Tiden er netop blevet booket af en anden. Vælg en anden tid."]));

    const active = await env.database.db
      .select()
      .from(tables.jointBookings)
      .where(and(eq(tables.jointBookings.slotId, a.slotId), eq(tables.jointBookings.status, "booked")));
    expect(active).toHaveLength(1);
    // Nothing half-written by the losers: one new fællessamtale in all, the winner's.
    const joint = await env.database.db.select().from(tables.meetings).where(eq(tables.meetings.date, "2025-03-27"));
    expect(joint.map((m) => m.id)).toEqual([active[0]!.meetingId]);
  });

  it("the database itself refuses a second active booking of a slot, which the API reports as CONFLICT", async () => {
    const { a } = env.world;
    const booking = { slotId: a.slotId, forloebId: a.dagpenge.forloebId, akasseId: a.akasse.id };
    await env.database.db.insert(tables.jointBookings).values(booking);
    const error = await env.database.db
      .insert(tables.jointBookings)
      .values(booking)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const translated = translateDbError(error);
    expect(translated?.code).toBe("CONFLICT");
    expect(translated?.message).toBe("Tiden er netop blevet booket af en anden. Vælg en anden tid.");
    // A cancelled booking no longer holds the slot.
    await env.database.db.update(tables.jointBookings).set({ status: "cancelled" }).where(eq(tables.jointBookings.slotId, a.slotId));
    await env.database.db.insert(tables.jointBookings).values(booking);
  });
});
