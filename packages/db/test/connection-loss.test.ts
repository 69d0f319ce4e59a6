import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rows, useFreshDatabase } from "./support.js";

/**
 * PostgreSQL restarting, or an administrator ending a session, must fail the work that was using
 * the connection, not the server process: a checked-out connection that loses its socket between
 * two queries reports it as an `error` event, which nobody listens to unless we do.
 */
describe("a PostgreSQL connection lost in the middle of a transaction", () => {
  const db = useFreshDatabase("postgres");

  it("fails that transaction only; the process runs on and the next query gets a new connection", async () => {
    const work = db().transaction(async (tx) => {
      const [me] = await rows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
      // Another session ends this one while it sits idle in its transaction.
      await db().execute(sql`select pg_terminate_backend(${me!.pid})`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.execute(sql`select 1`);
    });
    await expect(work).rejects.toThrow();
    const [after] = await rows<{ one: number }>(db(), sql`select 1 as one`);
    expect(after?.one).toBe(1);
  });
});
