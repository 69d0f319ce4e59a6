/** What the renderer shows of the sync: the engine's own status types, and a conflict as it crosses IPC. */
import type { SyncConflict } from "@kontaktplan/sync";

export type { ConflictChoice, DownloadStatus, SyncStatus } from "@kontaktplan/sync";

/**
 * One change made offline that the server did not take, with both versions as API records; the
 * renderer words them in Danish and the caseworker keeps one.
 */
export type ConflictView = Pick<SyncConflict, "id" | "reason" | "message" | "subject" | "citizenName" | "mine" | "theirs" | "madeAt">;
