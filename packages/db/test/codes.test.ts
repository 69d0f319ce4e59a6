import { DATABASE_KINDS } from "@kontaktplan/testing";
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
      db().execute(sql`insert into users (organisation_id, email, name, role, password_hash) select id, 'x@example.dk', 'X', 'superuser', 'h' from organisations`),
      "users_role_valid",
    );
    await db().execute(sql`insert into citizens (kommunekode, cpr, name) values ('461', '0101375001', 'Borger')`);
    await expectRefusedBy(
      db().execute(sql`insert into forloeb (citizen_id, ydelse, start) select id, 'Dagpenge', '2025-01-01' from citizens`),
      "forloeb_ydelse_valid",
    );
  });
});
