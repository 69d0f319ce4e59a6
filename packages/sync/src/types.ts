/**
 * The sync engine's public types: what the desktop's main process calls and shows. Kept apart
 * from the implementation so they stay stable while it changes.
 */
import type { Database } from "@kontaktplan/db";
import type { LoggedChange, PullInput, PullPage, PushInput, PushResult, SnapshotInput, SnapshotPage, SyncRecord, SyncScope } from "@kontaktplan/schema";

/**
 * The server's sync API. A tRPC client of the server (`createTRPCClient<AppRouter>`) is one;
 * tests wrap one to lose answers on the way back.
 */
export interface SyncRemote {
  sync: {
    snapshot: { query(input: SnapshotInput): Promise<SnapshotPage> };
    pull: { query(input: PullInput): Promise<PullPage> };
    push: { mutate(input: PushInput): Promise<PushResult> };
  };
}

export interface RetryOptions {
  /** First wait after a failed attempt; doubled each time up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up (and throw) after this many failed attempts in a row. Default: never give up. */
  maxAttempts?: number;
}

export interface SyncEngineOptions {
  /** The desktop's PGlite database, migrated with the server's migrations. */
  local: Database;
  remote: SyncRemote;
  /** Whose citizens to keep: the caseworker's own caseload (default) or the whole kommune's. */
  scope?: SyncScope;
  /** Changes per push request. */
  pushBatchSize?: number;
  /** Citizens per page of the first download. */
  pageSize?: number;
  /** Changes per pull request. */
  pullPageSize?: number;
  retry?: RetryOptions;
  now?: () => Date;
}

/** The first download of the caseload after the first sign-in on this machine. */
export type DownloadStatus =
  { state: "needed" } | { state: "running"; done: number; total: number | null } | { state: "failed"; message: string } | { state: "done" };

export interface SyncStatus {
  /** The server answered the last time we asked. */
  online: boolean;
  /** When the last push and pull both finished (ISO 8601), or null before the first. */
  lastSyncAt: string | null;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  /** Local changes the server did not take, waiting for the caseworker to choose. */
  conflicts: number;
  /** A download, push or pull is running. */
  syncing: boolean;
  /** False when the server refused our session: the caseworker must sign in to the server again. */
  serverSession: boolean;
  download: DownloadStatus;
  /** The last failure, in Danish, or null. */
  error: string | null;
}

export interface DownloadProgress {
  /** Citizens stored so far. */
  done: number;
  total: number;
}

export interface PushSummary {
  /** Changes the server applied (now or in an earlier attempt whose answer was lost). */
  applied: number;
  /** Changes that became conflicts. */
  conflicts: number;
  /** Of those, how many the server had already seen (their answer had been lost). */
  duplicates: number;
}

export interface PullSummary {
  /** Server versions written to the local database. */
  applied: number;
  /** Server versions left alone because a local change of the entity is still unsent or in conflict. */
  held: number;
  cursor: number;
}

export type ConflictChoice = "mine" | "theirs";

/**
 * A local change the server did not take. `changed`: the server's version of an entity changed
 * after the one the change was made on. `rejected`: the server refused the change (e.g. the
 * meeting had been cancelled there), with its Danish `message`. The local database already shows
 * the server's version; `mine` is kept here until the caseworker chooses.
 */
export interface SyncConflict {
  /** The change's id; pass it to `resolve`. */
  id: string;
  reason: "changed" | "rejected";
  /** The server's Danish explanation. */
  message: string;
  /** The procedure called offline, e.g. `meeting.record`, and its input. */
  path: string;
  input: unknown;
  /** The entity the change was mainly about (the first it wrote), for a title. */
  subject: { entity: LoggedChange["entity"]; id: string } | null;
  citizenId: string | null;
  citizenName: string | null;
  /** The local versions the change wrote (API records, e.g. a MeetingRecord as payload). */
  mine: LoggedChange[];
  /** The server's versions of the same entities (`record: null`: it does not exist there). */
  theirs: SyncRecord[];
  /** When the change was made (ISO 8601). */
  madeAt: string;
}

export interface SyncEngine {
  /** The current status; `subscribe` to hear of every change of it. */
  readonly status: SyncStatus;
  /** Calls `listener` on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /**
   * Download the caseload into the local database, in pages; resumes where an interrupted download
   * stopped. Retries like `push`. Afterwards the engine pulls from where the download began.
   */
  firstSync(onProgress?: (progress: DownloadProgress) => void): Promise<void>;
  /** Send every pending change, in order, in batches; retries with backoff until each is acknowledged. */
  push(): Promise<PushSummary>;
  /** Apply the server's changes since the last pull; never re-queues them for pushing. */
  pull(): Promise<PullSummary>;
  /** `push`, then `pull`: what a sync button or a timer calls. */
  sync(): Promise<{ push: PushSummary; pull: PullSummary }>;
  conflicts(): Promise<SyncConflict[]>;
  /**
   * `mine`: send the local change again, now based on the server's version (it wins unless the
   * server refuses it). `theirs`: drop the local change and store the server's version locally.
   */
  resolve(conflictId: string, choice: ConflictChoice): Promise<void>;
  /** Stop waiting between retries (a running push or pull then fails); call before closing the database. */
  close(): void;
}
