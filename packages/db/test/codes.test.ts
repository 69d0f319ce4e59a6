import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { sql } from "drizzle-orm";
import { describe, it } from "vitest";
import { expectRefusedBy, useFreshDatabase } from "./support.js";

/** Code columns are checked by the database itself, not only by TypeScript types. */
describe.each(DATABASE_KINDS)("code columns on %s", (kind) => {
  const db = useFreshDatabase(kind);

  it("refuses an unknown organisation kind, user role and benefit", async () => {
    await expectRefusedBy(db().execute(sql`insert into organisations (kind, name) values ('kommune', 'X')`), "organisations_kind_valid");
    await db().execute(sql`insert into organisations (kind, name, kommunekode) values ('jobcenter', 'Jobcenter Odense', '461')`);
    await expectRefusedBy(
      db().execute(
        sql`insert into users (organisation_id, email, name, role, password_hash) select id, 'x@example.dk', 'X', 'superuser', 'h' from organisations`,
      ),
      "users_role_valid",
    );
    await db().execute(sql`insert into citizens (kommunekode, cpr, name) values ('461', '0101375001', 'Borger')`);
    await expectRefusedBy(
      db().execute(sql`insert into forloeb (citizen_id, ydelse, start) select id, 'Dagpenge', '2025-01-01' from citizens`),
      "forloeb_ydelse_valid",
    );
  });
});

/** References to organisations must point at the right kind: roles, slot owners, a-kasse memberships. */
describe.each(DATABASE_KINDS)("organisation kinds on %s", (kind) => {
  const db = useFreshDatabase(kind);

  it("refuses a jobcentre role in an a-kasse, an a-kasse slot owner and a jobcentre as a-kasse", async () => {
    await db().execute(sql`insert into organisations (kind, name, kommunekode) values ('jobcenter', 'Jobcenter Aalborg', '851')`);
    await db().execute(sql`insert into organisations (kind, name) values ('akasse', 'A-kasse Vest')`);
    const akasse = sql`(select id from organisations where kind = 'akasse')`;
    const jobcenter = sql`(select id from organisations where kind = 'jobcenter')`;
    const fk = "users_role_fits_organisation_kind_fk";
    await expectRefusedBy(
      db().execute(sql`insert into users (organisation_id, email, name, role, password_hash) values (${akasse}, 'a@example.dk', 'A', 'sagsbehandler', 'h')`),
      fk,
    );
    await expectRefusedBy(
      db().execute(sql`insert into users (organisation_id, email, name, role, password_hash) values (${jobcenter}, 'b@example.dk', 'B', 'akasse', 'h')`),
      fk,
    );
    await db().execute(sql`insert into users (organisation_id, email, name, role, password_hash) values (${akasse}, 'c@example.dk', 'C', 'akasse', 'h')`);
    await expectRefusedBy(
      db().execute(sql`insert into slots (jobcenter_id, starts_at, ends_at) values (${akasse}, '2025-03-03T09:00:00Z', '2025-03-03T10:00:00Z')`),
      "slots_owner_is_jobcenter_fk",
    );
    await expectRefusedBy(
      db().execute(sql`insert into citizens (kommunekode, cpr, name, akasse_id) values ('851', '0101375002', 'Borger', ${jobcenter})`),
      "citizens_akasse_is_akasse_fk",
    );
  });
});
