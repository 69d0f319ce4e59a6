import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DataDirInUseError, LOCK_NAME } from "@kontaktplan/db/data-lock";
import { openLocalStore, StoreAlreadyOpenError } from "../src/main/local-store.js";
import { tempProfile } from "./support/desktop-harness.js";

const profiles: ReturnType<typeof tempProfile>[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const profile of profiles.splice(0)) profile.remove();
});
function newProfile() {
  const profile = tempProfile();
  profiles.push(profile);
  return join(profile.dir, "pglite");
}

/** Another process that holds the data folder's lock, as a second app on the same profile would. */
async function otherProcessHolding(dataDir: string): Promise<ChildProcess> {
  const lockModule = createRequire(import.meta.url).resolve("@kontaktplan/db/data-lock");
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { lockDataDir } = await import(${JSON.stringify(lockModule)}); await lockDataDir(${JSON.stringify(dataDir)}); console.log("locked"); setInterval(() => {}, 1000);`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe("the local store", () => {
  it("creates and migrates the database on first open, and keeps its data across close and reopen", async () => {
    const dataDir = newProfile();
    const first = await openLocalStore(dataDir);
    await first.database.db.insert(tables.organisations).values({ kind: "jobcenter", name: "Jobcenter Test", kommunekode: "999" });
    await first.close();

    const again = await openLocalStore(dataDir);
    try {
      const rows = await again.database.db.select({ name: tables.organisations.name }).from(tables.organisations);
      expect(rows).toEqual([{ name: "Jobcenter Test" }]);
    } finally {
      await again.close();
    }
  });

  it("is never opened twice in one process", async () => {
    const dataDir = newProfile();
    const store = await openLocalStore(dataDir);
    try {
      await expect(openLocalStore(dataDir)).rejects.toBeInstanceOf(StoreAlreadyOpenError);
    } finally {
      await store.close();
    }
  });

  it("is refused while another process holds the data folder, and opens once that process is gone", async () => {
    const dataDir = newProfile();
    const holder = await otherProcessHolding(dataDir);
    await expect(openLocalStore(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);

    const exited = new Promise((resolve) => holder.once("exit", resolve));
    holder.kill();
    await exited;
    // The dead process's lock is stale and is taken over.
    const store = await openLocalStore(dataDir);
    await store.close();
  });

  it("closes PGlite and releases the folder once, however often close is called", async () => {
    const dataDir = newProfile();
    const store = await openLocalStore(dataDir);
    expect(existsSync(join(dataDir, LOCK_NAME))).toBe(true);
    await Promise.all([store.close(), store.close()]);
    expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
    await expect(store.database.db.$count(tables.organisations)).rejects.toThrow();
  });
});
