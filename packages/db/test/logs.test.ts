import { randomUUID } from "node:crypto";
import { DATABASE_KINDS } from "@kontaktplan/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/index.js";
import { rows, useFreshDatabase } from "./support.js";

function logChange(db: Db, kommunekode: string) {
  return db.execute(
    sql`insert into change_log (kommunekode, entity, entity_id, op, payload) values (${kommunekode}, 'meeting', ${randomUUID()}, 'upsert', '{}')`,
  );
}

async function versionOf(db: Db, kommunekode: string): Promise<number> {
  const [row] = await rows<{ version: string | number }>(db, sql`select version from kommune_versions where kommunekode = ${kommunekode}`);
  return Number(row?.version ?? 0);
}

describe.each(DATABASE_KINDS)("change log and audit trail on %s", (kind) => {
  const db = useFreshDatabase(kind);

  it("raises a kommune's data version once per transaction that writes its change log, whatever the number of statements", async () => {
    const [k1, k2] = ["101", "851"];
    const before = [await versionOf(db(), k1), await versionOf(db(), k2)];
    await db().transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await logChange(tx, k1);
      await logChange(tx, k2);
    });
    expect([await versionOf(db(), k1), await versionOf(db(), k2)]).toEqual([before[0]! + 1, before[1]! + 1]);
    await logChange(db(), k1);
    expect(await versionOf(db(), k1)).toBe(before[0]! + 2);
  });

  it("raises it again after a rolled-back savepoint took back the transaction's first raise", async () => {
    const before = await versionOf(db(), "461");
    await db().transaction(async (tx) => {
      await tx
        .transaction(async (sp) => {
          await logChange(sp, "461");
          throw new Error("roll the savepoint back");
        })
        .catch(() => undefined);
      await logChange(tx, "461");
    });
    expect(await versionOf(db(), "461")).toBe(before + 1);
  });

  it("keeps a citizen's audit rows when the citizen is removed", async () => {
    await db().execute(sql`insert into organisations (kind, name, kommunekode) values ('jobcenter', 'Jobcenter Esbjerg', '561')`);
    const [citizen] = await rows<{ id: string }>(db(), sql`insert into citizens (kommunekode, cpr, name) values ('561', '0101375002', 'Borger') returning id`);
    await db().execute(sql`insert into audit_log (action, citizen_id) values ('citizen.get', ${citizen!.id})`);
    await db().execute(sql`delete from citizens where id = ${citizen!.id}`);
    const kept = await rows<{ action: string }>(db(), sql`select action from audit_log where citizen_id = ${citizen!.id}`);
    expect(kept).toEqual([{ action: "citizen.get" }]);
  });
});
