import type { Database } from "@kontaktplan/db";
import { sql } from "drizzle-orm";
import type { ServerResponse } from "node:http";
import { sendJson } from "./headers.js";

/** `GET /healthz`: 200 `{"ok":true,"db":"pglite"|"postgres"}` when the database answers, else 503. */
export async function answerHealth(res: ServerResponse, database: Database): Promise<void> {
  try {
    await database.db.execute(sql`select 1`);
    sendJson(res, 200, { ok: true, db: database.kind });
  } catch {
    sendJson(res, 503, { ok: false, db: database.kind });
  }
}
