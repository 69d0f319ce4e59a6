import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Another live process holds the data folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `Datamappen ${dataDir} bruges allerede af en anden Kontaktplan-proces (pid ${pid}). ` +
        `Stop den først, eller vælg en anden mappe med KONTAKTPLAN_DATA_DIR. ` +
        `(The data folder is already in use by process ${pid}; if that process is gone, delete ${lockFile}.)`,
    );
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * Claim an embedded database's data folder for this process. PGlite has no lock of its own, and
 * two processes writing one folder corrupt it, so a lock file beside the folder names the owner's
 * pid; a lock whose process has died is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
      return { release: () => releaseIfOurs(lockFile) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = lockOwner(lockFile);
    if (owner !== null && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dataDir, lockFile, owner);
    removeStale(lockFile);
  }
  throw new Error(`Kunne ikke låse datamappen ${dataDir}`);
}

function lockOwner(lockFile: string): number | null {
  try {
    const pid = Number(readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The owner is gone (or the file is unreadable); another starter may have removed it first. */
function removeStale(lockFile: string): void {
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function releaseIfOurs(lockFile: string): void {
  if (lockOwner(lockFile) === process.pid) unlinkSync(lockFile);
}
