import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { eq } from "drizzle-orm";
import { beforeAll, describe, it } from "vitest";
import { addCitizen, addForloeb, addOrganisations, expectRefusedBy, useFreshDatabase, type Organisations } from "./support.js";

const ONE_ACTIVE = "joint_bookings_one_active_per_slot";
const BOOKING_FORLOEB = "joint_bookings_dagpenge_forloeb_of_akasse_fk";
const PROPOSAL_FORLOEB = "joint_proposals_dagpenge_forloeb_of_akasse_fk";

describe.each(DATABASE_KINDS)("joint meetings on %s", (kind) => {
  const db = useFreshDatabase(kind);
  let organisations: Organisations;
  let dagpenge: string;
  let kontanthjaelp: string;
  beforeAll(async () => {
    organisations = await addOrganisations(db());
    dagpenge = await addForloeb(db(), {
      citizenId: await addCitizen(db(), organisations),
      ydelse: "dagpenge",
      start: "2025-01-01",
      akasseId: organisations.akasseId,
    });
    kontanthjaelp = await addForloeb(db(), {
      citizenId: await addCitizen(db(), organisations),
      ydelse: "kontanthjaelp",
      start: "2025-01-01",
    });
  });

  const addSlot = async () => {
    const [slot] = await db()
      .insert(tables.slots)
      .values({ jobcenterId: organisations.jobcenterId, startsAt: "2025-03-03T09:00:00+01:00", endsAt: "2025-03-03T10:00:00+01:00" })
      .returning({ id: tables.slots.id });
    if (!slot) throw new Error("slot was not inserted");
    return slot.id;
  };
  const book = (slotId: string, forloebId: string, akasseId: string) =>
    db().insert(tables.jointBookings).values({ slotId, forloebId, akasseId }).returning({ id: tables.jointBookings.id });
  const propose = (forloebId: string, akasseId: string, times = ["2025-03-04T09:00:00+01:00"]) =>
    db().insert(tables.jointProposals).values({ forloebId, akasseId, times });

  it("holds one active booking per slot, and frees the slot when that booking is cancelled", async () => {
    const slotId = await addSlot();
    const [first] = await book(slotId, dagpenge, organisations.akasseId);
    if (!first) throw new Error("booking was not inserted");
    await expectRefusedBy(book(slotId, dagpenge, organisations.akasseId), ONE_ACTIVE);
    await db().update(tables.jointBookings).set({ status: "cancelled", cancelReason: "Borgeren er i arbejde" }).where(eq(tables.jointBookings.id, first.id));
    await book(slotId, dagpenge, organisations.akasseId);
    await expectRefusedBy(book(slotId, dagpenge, organisations.akasseId), ONE_ACTIVE);
  });

  it("books only a dagpenge forløb of the booking a-kasse", async () => {
    await expectRefusedBy(book(await addSlot(), dagpenge, organisations.otherAkasseId), BOOKING_FORLOEB);
    await expectRefusedBy(book(await addSlot(), kontanthjaelp, organisations.akasseId), BOOKING_FORLOEB);
    await expectRefusedBy(
      db()
        .insert(tables.jointBookings)
        .values({ slotId: await addSlot(), forloebId: kontanthjaelp, ydelse: "kontanthjaelp", akasseId: organisations.akasseId }),
      "joint_bookings_dagpenge_only",
    );
  });

  it("takes proposals only on a dagpenge forløb of the proposing a-kasse, with one to three times", async () => {
    await propose(dagpenge, organisations.akasseId);
    await expectRefusedBy(propose(dagpenge, organisations.otherAkasseId), PROPOSAL_FORLOEB);
    await expectRefusedBy(propose(kontanthjaelp, organisations.akasseId), PROPOSAL_FORLOEB);
    await expectRefusedBy(
      db()
        .insert(tables.jointProposals)
        .values({ forloebId: kontanthjaelp, ydelse: "kontanthjaelp", akasseId: organisations.akasseId, times: ["2025-03-04T09:00:00+01:00"] }),
      "joint_proposals_dagpenge_only",
    );
    await expectRefusedBy(propose(dagpenge, organisations.akasseId, []), "joint_proposals_one_to_three_times");
    const fourTimes = ["03", "04", "05", "06"].map((day) => `2025-03-${day}T09:00:00+01:00`);
    await expectRefusedBy(propose(dagpenge, organisations.akasseId, fourTimes), "joint_proposals_one_to_three_times");
  });

  it("refuses an a-kasse on a forløb that is not dagpenge", async () => {
    await expectRefusedBy(
      db()
        .insert(tables.forloeb)
        .values({
          citizenId: await addCitizen(db(), organisations),
          ydelse: "kontanthjaelp",
          start: "2025-01-01",
          akasseId: organisations.akasseId,
        }),
      "forloeb_akasse_only_on_dagpenge",
    );
  });
});
