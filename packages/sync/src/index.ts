/**
 * @kontaktplan/sync: the desktop's offline sync engine (see README.md). Pure TypeScript on a
 * @kontaktplan/db database; the Electron main process creates one engine per signed-in profile.
 */
export { createSyncEngine } from "./engine.js";
export { createLocalContext, type LocalContextOptions } from "./local-context.js";
export { prepareLocalDatabase } from "./local-database.js";
export { outboxHook, watchOutbox } from "./outbox.js";
export { SyncClosedError } from "./retry.js";
export type {
  ConflictChoice,
  DownloadProgress,
  DownloadStatus,
  PullSummary,
  PushSummary,
  RetryOptions,
  SyncConflict,
  SyncEngine,
  SyncEngineOptions,
  SyncRemote,
  SyncStatus,
} from "./types.js";
