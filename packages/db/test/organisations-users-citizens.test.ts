import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { beforeAll, describe, it } from "vitest";
import { addOrganisations, expectRefusedBy, useFreshDatabase, type Organisations } from "./support.js";

describe.each(DATABASE_KINDS)("organisations, users and citizens on %s", (kind) => {
  const db = useFreshDatabase(kind);
  let organisations: Organisations;
  beforeAll(async () => {
    organisations = await addOrganisations(db());
  });

  it("accepts only a three-digit kommunekode", async () => {
    for (const kommunekode of ["12", "1234", "1a3", " 123"]) {
      await expectRefusedBy(
        db().insert(tables.organisations).values({ kind: "jobcenter", name: "Jobcenter", kommunekode }),
        "organisations_kommunekode_format",
      );
    }
    await db().insert(tables.organisations).values({ kind: "jobcenter", name: "Jobcenter Aarhus", kommunekode: "751" });
  });

  it("gives every jobcentre a kommunekode and no a-kasse one", async () => {
    const fitsKind = "organisations_kommunekode_fits_kind";
    await expectRefusedBy(db().insert(tables.organisations).values({ kind: "jobcenter", name: "Jobcenter uden kode" }), fitsKind);
    await expectRefusedBy(db().insert(tables.organisations).values({ kind: "akasse", name: "A-kasse med kode", kommunekode: "461" }), fitsKind);
  });

  it("places every user but the system administrator in an organisation", async () => {
    const user = (email: string, role: (typeof tables.users.$inferInsert)["role"], organisationId: string | null) =>
      db().insert(tables.users).values({ email, name: "Bruger", role, organisationId, passwordHash: "scrypt$test" });
    const fitsRole = "users_organisation_fits_role";
    await user("admin@example.dk", "system_admin", null);
    await user("sagsbehandler@example.dk", "sagsbehandler", organisations.jobcenterId);
    await expectRefusedBy(user("admin2@example.dk", "system_admin", organisations.jobcenterId), fitsRole);
    for (const role of ["sagsbehandler", "jobcenter_admin", "akasse"] as const) {
      await expectRefusedBy(user(`${role}-uden@example.dk`, role, null), fitsRole);
    }
  });

  it("stores a CPR number only as ten digits", async () => {
    const citizen = (cpr: string) => db().insert(tables.citizens).values({ kommunekode: organisations.kommunekode, cpr, name: "Borger" });
    for (const cpr of ["010190123", "010190-1234", "01019012345", "O101901234"]) {
      await expectRefusedBy(citizen(cpr), "citizens_cpr_format");
    }
    await citizen("0101901234");
  });
});
