import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { openDesktop } from "./support/desktop.js";
import { PASSWORD } from "./support/fixture.js";
import { signedInRemote } from "./support/remote.js";
import { until, useServer } from "./support/world.js";
import { changesPerEntity } from "./support/server-rows.js";

const WRITE_AND_DIE = fileURLToPath(new URL("./support/write-and-die.mjs", import.meta.url));

/** Run the dying desktop; resolves with what it printed and the signal that ended it. */
function writeAndDie(args: string[]): Promise<{ stdout: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [WRITE_AND_DIE, ...args], (error, stdout) => {
      resolve({ stdout, signal: (error as { signal?: NodeJS.Signals } | null)?.signal ?? null });
    });
  });
}

describe("a desktop killed between local writes and the push", () => {
  const env = useServer();

  it("still has the writes and their outbox entries when opened again, and pushes each once", async () => {
    const { server, kommune, database } = env.world;
    const caseworker = kommune.caseworkers[0]!;
    const dataDir = await mkdtemp(join(tmpdir(), "kontaktplan-desktop-"));
    env.cleanup(() => rm(dataDir, { recursive: true, force: true }));
    const remote = await signedInRemote(server.url, caseworker.email, PASSWORD);
    const first = await openDesktop({ remote, email: caseworker.email, dataDir });
    await first.close();

    const forloebIds = kommune.citizens.slice(0, 3).map((c) => c.forloebId);
    const died = await writeAndDie([dataDir, caseworker.email, PASSWORD, ...forloebIds]);
    expect(died.signal).toBe("SIGKILL");
    const planned = JSON.parse(died.stdout) as string[];
    expect(planned).toHaveLength(3);

    const reopened = await openDesktop({ remote, email: caseworker.email, dataDir });
    env.cleanup(reopened.close);
    await until(() => reopened.engine.status.pending === 3);
    expect(await reopened.database.db.select().from(tables.meetings).where(inArray(tables.meetings.id, planned))).toHaveLength(3);
    expect(await reopened.engine.push()).toEqual({ applied: 3, conflicts: 0, duplicates: 0 });
    expect(await changesPerEntity(database, planned)).toEqual(Object.fromEntries(planned.map((id) => [id, 1])));
    expect(reopened.engine.status).toMatchObject({ pending: 0, conflicts: 0 });
  });
});
