import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, LOCK_NAME, lockDataDir } from "../src/data-lock.js";

const DIST_LOCK = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "data-lock.js");
const freshDir = () => join(mkdtempSync(join(tmpdir(), "kontaktplan-lock-")), "pglite");

/** Another process that takes the lock and holds it until killed. */
async function holderProcess(dir: string) {
  const child = spawn(process.execPath, [
    "--input-type=module",
    "-e",
    `const { lockDataDir } = await import(${JSON.stringify(DIST_LOCK)}); await lockDataDir(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
  ]);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", () => reject(new Error("the holder ended before it locked")));
  });
  return { kill: async () => (child.kill("SIGKILL"), exited) };
}

describe("lockDataDir", () => {
  it("holds a socket inside the folder, refuses a second claim, and lets go on release", async () => {
    const dir = freshDir();
    const lock = await lockDataDir(dir);
    expect(lock.dataDir).toBe(dir);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError);
    await expect(lockDataDir(dir)).rejects.toThrow(/bruges allerede af en anden Kontaktplan-proces.*already in use/);
    await lock.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    await (await lockDataDir(dir)).release();
  });

  it("cannot be sidestepped by another spelling of the folder: trailing slash, .., a symlink", async () => {
    const dir = freshDir();
    const holder = await holderProcess(dir);
    try {
      const link = join(dirname(dir), "genvej");
      symlinkSync(dir, link);
      mkdirSync(join(dirname(dir), "andet"));
      for (const spelling of [dir, `${dir}/`, `${dir}//`, join(dirname(dir), "andet", "..", "pglite"), `${dirname(dir)}/andet/../pglite/`, link, `${link}/`]) {
        await expect(lockDataDir(spelling), spelling).rejects.toThrow(DataDirInUseError);
      }
    } finally {
      await holder.kill();
    }
  });

  it("takes over the lock of a process that was killed, exactly one of many starters at once", async () => {
    const dir = freshDir();
    await (await holderProcess(dir)).kill();
    // The dead holder's socket file is still there, but nobody answers on it.
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => lockDataDir(dir)));
    const won = outcomes.filter((o) => o.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(DataDirInUseError);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockDataDir>>>).value.release();
  });

  it("works in a folder whose path is longer than a Unix socket path may be", async () => {
    const dir = join(freshDir(), "a".repeat(80), "b".repeat(80));
    const lock = await lockDataDir(dir);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
    await expect(lockDataDir(`${dir}/`)).rejects.toThrow(DataDirInUseError);
    await lock.release();
  });
});
