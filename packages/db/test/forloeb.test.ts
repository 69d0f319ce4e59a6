import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addCitizen, addForloeb, addOrganisations, expectRefusedBy, useFreshDatabase, type Organisations } from "./support.js";

const NO_OVERLAP = "forloeb_no_overlap_per_citizen";

describe.each(DATABASE_KINDS)("forløb on %s", (kind) => {
  const db = useFreshDatabase(kind);
  let organisations: Organisations;
  beforeAll(async () => {
    organisations = await addOrganisations(db());
  });

  it("refuses a forløb that starts on the day the citizen's previous one ends (both ends count)", async () => {
    const citizenId = await addCitizen(db(), organisations);
    await addForloeb(db(), { citizenId, ydelse: "dagpenge", start: "2025-01-01", end: "2025-03-31" });
    await expectRefusedBy(db().insert(tables.forloeb).values({ citizenId, ydelse: "kontanthjaelp", start: "2025-03-31" }), NO_OVERLAP);
    await addForloeb(db(), { citizenId, ydelse: "kontanthjaelp", start: "2025-04-01" });
  });

  it("refuses a forløb inside or across one already held", async () => {
    const citizenId = await addCitizen(db(), organisations);
    await addForloeb(db(), { citizenId, ydelse: "sygedagpenge", start: "2025-02-01", end: "2025-06-30" });
    await expectRefusedBy(db().insert(tables.forloeb).values({ citizenId, ydelse: "dagpenge", start: "2025-03-01", end: "2025-03-31" }), NO_OVERLAP);
    await expectRefusedBy(db().insert(tables.forloeb).values({ citizenId, ydelse: "dagpenge", start: "2025-01-01", end: "2025-02-01" }), NO_OVERLAP);
  });

  it("treats an open end as running forever", async () => {
    const citizenId = await addCitizen(db(), organisations);
    await addForloeb(db(), { citizenId, ydelse: "kontanthjaelp", start: "2025-06-01" });
    await expectRefusedBy(db().insert(tables.forloeb).values({ citizenId, ydelse: "dagpenge", start: "2030-01-01", end: "2030-02-01" }), NO_OVERLAP);
    await expectRefusedBy(db().insert(tables.forloeb).values({ citizenId, ydelse: "dagpenge", start: "2025-01-01" }), NO_OVERLAP);
    await addForloeb(db(), { citizenId, ydelse: "dagpenge", start: "2025-01-01", end: "2025-05-31" });
  });

  it("refuses extending a forløb into the next one", async () => {
    const citizenId = await addCitizen(db(), organisations);
    const first = await addForloeb(db(), { citizenId, ydelse: "dagpenge", start: "2025-01-01", end: "2025-03-31" });
    await addForloeb(db(), { citizenId, ydelse: "kontanthjaelp", start: "2025-04-01" });
    await expectRefusedBy(db().update(tables.forloeb).set({ end: "2025-04-01" }).where(eq(tables.forloeb.id, first)), NO_OVERLAP);
  });

  it("lets forløb of different citizens overlap", async () => {
    const one = await addCitizen(db(), organisations);
    const other = await addCitizen(db(), organisations);
    await addForloeb(db(), { citizenId: one, ydelse: "dagpenge", start: "2025-01-01" });
    await expect(addForloeb(db(), { citizenId: other, ydelse: "dagpenge", start: "2025-01-01" })).resolves.toBeTypeOf("string");
  });

  it("refuses a forløb that ends before it starts", async () => {
    const citizenId = await addCitizen(db(), organisations);
    await expectRefusedBy(
      db().insert(tables.forloeb).values({ citizenId, ydelse: "dagpenge", start: "2025-02-01", end: "2025-01-31" }),
      "forloeb_end_after_start",
    );
  });

  it("records where a ydelsesskift came from only with when it was registered, and forgets it with the forløb it names", async () => {
    const citizenId = await addCitizen(db(), organisations);
    const ended = await addForloeb(db(), { citizenId, ydelse: "dagpenge", start: "2025-01-01", end: "2025-03-31" });
    await expectRefusedBy(
      db().insert(tables.forloeb).values({ citizenId, ydelse: "kontanthjaelp", start: "2025-04-01", changedFromId: ended }),
      "forloeb_changed_at_with_from",
    );
    const started = await addForloeb(db(), {
      citizenId,
      ydelse: "kontanthjaelp",
      start: "2025-04-01",
      changedFromId: ended,
      changedFromEnd: null,
      changedAt: "2025-04-01T08:00:00Z",
    });
    await db().delete(tables.forloeb).where(eq(tables.forloeb.id, ended));
    const [row] = await db().select().from(tables.forloeb).where(eq(tables.forloeb.id, started));
    expect(row).toMatchObject({ changedFromId: null, changedAt: "2025-04-01 08:00:00+00" });
  });
});
