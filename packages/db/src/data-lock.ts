import { closeSync, mkdirSync, openSync, realpathSync, statSync, unlinkSync } from "node:fs";
import { createHash } from "node:crypto";
import { connect, createServer, type Server } from "node:net";
import { join } from "node:path";

/** Another live process holds the data folder. */
export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Datamappen ${dataDir} bruges allerede af en anden Kontaktplan-proces. ` +
        `Stop den først, eller vælg en anden mappe med KONTAKTPLAN_DATA_DIR. ` +
        `(The data folder is already in use by another Kontaktplan process.)`,
    );
  }
}

export interface DataDirLock {
  /** The folder's real path (symlinks and trailing slashes resolved). */
  readonly dataDir: string;
  release(): Promise<void>;
}

/** The lock's name inside the data folder. */
export const LOCK_NAME = ".kontaktplan.lock";
const TAKEOVER_NAME = ".kontaktplan.lock.takeover";
/** A takeover mutex this old was left by a starter that died halfway; ours takes milliseconds. */
const STALE_TAKEOVER_MS = 30_000;

/**
 * Claim an embedded database's data folder for this process. PGlite has no lock of its own, and
 * two processes writing one folder corrupt it.
 *
 * The lock is a Unix socket this process listens on, INSIDE the folder: every spelling of the
 * folder (a trailing slash, `..`, a symlink) reaches the same socket, binding a name is
 * exclusive in the kernel, and whether its owner lives is the kernel's answer to a connect, not
 * a pid that may have been reused or belong to another container. A socket left by a process
 * that died refuses connections and is taken over, one starter at a time (an exclusively created
 * takeover file), so two starters cannot both replace it.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const dir = realpathSync(dataDir);
  for (let attempt = 0; attempt < 50; attempt++) {
    const server = await tryListen(dir);
    if (server) return held(dir, server);
    if (await answers(dir)) throw new DataDirInUseError(dir);
    const takeover = claimTakeover(dir);
    if (takeover === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    try {
      // Nobody can bind the name while the dead owner's socket occupies it, and only the holder
      // of the takeover file removes that socket: so it is still the dead one here.
      if (await answers(dir)) throw new DataDirInUseError(dir);
      removeIfPresent(join(dir, LOCK_NAME));
      const taken = await tryListen(dir);
      if (!taken) throw new DataDirInUseError(dir);
      return held(dir, taken);
    } finally {
      closeSync(takeover);
      removeIfPresent(join(dir, TAKEOVER_NAME));
    }
  }
  throw new DataDirInUseError(dir);
}

function held(dir: string, server: Server): DataDirLock {
  return {
    dataDir: dir,
    // Closing a listening Unix socket also removes its file, by the name it was bound with: the
    // relative name, so the close runs in the folder too.
    release: () => new Promise<void>((resolve) => inFolder(dir, () => server.close(() => resolve()))),
  };
}

/**
 * Windows (the desktop app) has no Unix sockets at a path; a named pipe named after the folder's
 * real path (case-insensitive, like its file system) is the same kind of kernel-held claim, and
 * vanishes with its process, so it is never stale.
 */
const ON_WINDOWS = process.platform === "win32";
const pipeName = (dir: string) => `\\\\?\\pipe\\kontaktplan-${createHash("sha256").update(dir.toLowerCase()).digest("hex")}`;

/**
 * The socket's name is given relative to the folder (the working directory for one synchronous
 * call): a Unix socket path holds at most about 100 bytes, and a longer one is silently cut short.
 */
function inFolder<T>(dir: string, work: () => T): T {
  const home = process.cwd();
  process.chdir(dir);
  try {
    return work();
  } finally {
    process.chdir(home);
  }
}

function tryListen(dir: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(null) : reject(error)));
    const listening = () => resolve(server.unref());
    if (ON_WINDOWS) server.listen(pipeName(dir), listening);
    else inFolder(dir, () => server.listen(LOCK_NAME, listening));
  });
}

/** Whether a live process listens on the folder's lock. */
function answers(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = ON_WINDOWS ? connect(pipeName(dir)) : inFolder(dir, () => connect(LOCK_NAME));
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The takeover file's descriptor, or null while another starter holds it. */
function claimTakeover(dir: string): number | null {
  const path = join(dir, TAKEOVER_NAME);
  try {
    return openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (ageMs(path) > STALE_TAKEOVER_MS) removeIfPresent(path);
    return null;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
