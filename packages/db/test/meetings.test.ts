import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { eq } from "drizzle-orm";
import { beforeAll, describe, it } from "vitest";
import { addCitizen, addForloeb, addOrganisations, expectRefusedBy, useFreshDatabase, type Organisations } from "./support.js";

type NewMeeting = typeof tables.meetings.$inferInsert;

const meeting = (forloebId: string, ydelse: string, kind: NewMeeting["kind"]): NewMeeting => ({
  forloebId,
  ydelse,
  kind,
  status: "planlagt",
  startsAt: "2025-03-03T09:00:00+01:00",
  date: "2025-03-03",
});

describe.each(DATABASE_KINDS)("meetings on %s", (kind) => {
  const db = useFreshDatabase(kind);
  let organisations: Organisations;
  beforeAll(async () => {
    organisations = await addOrganisations(db());
  });

  const forloebOf = async (ydelse: string) =>
    addForloeb(db(), {
      citizenId: await addCitizen(db(), organisations),
      ydelse,
      start: "2025-01-01",
      akasseId: ydelse === "dagpenge" ? organisations.akasseId : null,
    });

  it("refuses fællessamtaler and CV-samtaler on anything but dagpenge", async () => {
    const kontanthjaelp = await forloebOf("kontanthjaelp");
    await db()
      .insert(tables.meetings)
      .values(meeting(kontanthjaelp, "kontanthjaelp", "individuel"));
    for (const refused of ["faelles", "cv", "akasse"] as const) {
      await expectRefusedBy(
        db()
          .insert(tables.meetings)
          .values(meeting(kontanthjaelp, "kontanthjaelp", refused)),
        "meetings_joint_and_cv_only_on_dagpenge",
      );
    }
    const dagpenge = await forloebOf("dagpenge");
    await db()
      .insert(tables.meetings)
      .values([meeting(dagpenge, "dagpenge", "faelles"), meeting(dagpenge, "dagpenge", "cv"), meeting(dagpenge, "dagpenge", "akasse")]);
  });

  it("refuses a meeting that claims another benefit than its forløb has", async () => {
    const kontanthjaelp = await forloebOf("kontanthjaelp");
    await expectRefusedBy(
      db()
        .insert(tables.meetings)
        .values(meeting(kontanthjaelp, "dagpenge", "faelles")),
      "meetings_forloeb_fk",
    );
  });

  it("refuses cancelling a meeting without a reason", async () => {
    const forloebId = await forloebOf("sygedagpenge");
    await expectRefusedBy(
      db()
        .insert(tables.meetings)
        .values({ ...meeting(forloebId, "sygedagpenge", "individuel"), status: "aflyst" }),
      "meetings_cancel_reason_when_cancelled",
    );
    const [planned] = await db()
      .insert(tables.meetings)
      .values(meeting(forloebId, "sygedagpenge", "individuel"))
      .returning();
    if (!planned) throw new Error("meeting was not inserted");
    const byId = eq(tables.meetings.id, planned.id);
    await expectRefusedBy(db().update(tables.meetings).set({ status: "aflyst" }).where(byId), "meetings_cancel_reason_when_cancelled");
    await db().update(tables.meetings).set({ status: "aflyst", cancelReason: "Borgeren er syg" }).where(byId);
  });
});
