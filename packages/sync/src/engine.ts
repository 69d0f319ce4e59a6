/**
 * The sync engine: first download, push, pull, conflicts and the status the desktop shows. One
 * operation runs at a time; each talks to the server through `call`, which retries with backoff.
 */
import { count, eq, isNotNull } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { SyncScope } from "@kontaktplan/schema";
import { applyRecords, applySnapshotPage } from "./apply.js";
import { recordAnswers } from "./answers.js";
import { listConflicts, resolveConflict } from "./conflicts.js";
import { prepareLocalDatabase } from "./local-database.js";
import { outboxCounts, pendingBatch, toSyncChange, watchOutbox, type OutboxRow } from "./outbox.js";
import { FAILURE_MESSAGES, failureOf, pause } from "./retry.js";
import type { ConflictChoice, DownloadProgress, PullSummary, PushSummary, SyncConflict, SyncEngine, SyncEngineOptions, SyncStatus } from "./types.js";

const { citizens, syncHeads, syncState } = tables;

/** A push request stays well below the server's 1 MiB body limit. */
const MAX_PUSH_BYTES = 600_000;

async function stateOf(db: Db) {
  const [state] = await db.select().from(syncState);
  return state;
}

/** The next changes to push: oldest first, as many as fit in one request. */
function fitting(rows: readonly OutboxRow[]): OutboxRow[] {
  let bytes = 0;
  const batch: OutboxRow[] = [];
  for (const row of rows) {
    bytes += JSON.stringify(toSyncChange(row)).length;
    if (batch.length > 0 && bytes > MAX_PUSH_BYTES) break;
    batch.push(row);
  }
  return batch;
}

class Engine implements SyncEngine {
  readonly #db: Db;
  readonly #options: Required<Omit<SyncEngineOptions, "retry">> & { retry: Required<NonNullable<SyncEngineOptions["retry"]>> };
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  readonly #closing = new AbortController();
  readonly #unwatch: () => void;
  #status: SyncStatus = {
    online: false,
    lastSyncAt: null,
    pending: 0,
    conflicts: 0,
    syncing: false,
    serverSession: true,
    download: { state: "needed" },
    error: null,
  };
  #queue: Promise<unknown> = Promise.resolve();
  #running = 0;
  /** The database prepared and the stored state read; every operation waits for it. */
  readonly #ready: Promise<void>;

  constructor(options: SyncEngineOptions) {
    this.#db = options.local.db;
    this.#options = {
      local: options.local,
      remote: options.remote,
      scope: options.scope ?? "mine",
      pushBatchSize: options.pushBatchSize ?? 500,
      pageSize: options.pageSize ?? 500,
      pullPageSize: options.pullPageSize ?? 1000,
      now: options.now ?? (() => new Date()),
      retry: {
        initialDelayMs: options.retry?.initialDelayMs ?? 500,
        maxDelayMs: options.retry?.maxDelayMs ?? 30_000,
        maxAttempts: options.retry?.maxAttempts ?? Number.POSITIVE_INFINITY,
      },
    };
    this.#unwatch = watchOutbox(options.local, () => void this.#refresh().catch(() => undefined));
    this.#ready = (async () => {
      await prepareLocalDatabase(options.local);
      await this.#refresh();
    })();
    // Every operation awaits it and fails with it; until then the status tells.
    this.#ready.catch((error: unknown) => this.#set({ error: error instanceof Error ? error.message : String(error) }));
  }

  get status(): SyncStatus {
    return this.#status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(change: Partial<SyncStatus>): void {
    this.#status = { ...this.#status, ...change };
    for (const listener of this.#listeners) listener(this.#status);
  }

  #refreshing: Promise<void> | null = null;
  #queuedRefresh: Promise<void> | null = null;

  /**
   * Re-read counts and state. Each call gets a read that starts after it; calls made while one
   * runs share the single read queued behind it (a burst of local writes costs two reads, not one each).
   */
  #refresh(): Promise<void> {
    if (!this.#refreshing) {
      this.#refreshing = this.#readStatus().finally(() => {
        this.#refreshing = null;
      });
      return this.#refreshing;
    }
    this.#queuedRefresh ??= this.#refreshing
      .catch(() => undefined)
      .then(() => {
        this.#queuedRefresh = null;
        return this.#refresh();
      });
    return this.#queuedRefresh;
  }

  async #readStatus(): Promise<void> {
    const [counts, state] = await Promise.all([outboxCounts(this.#db), stateOf(this.#db)]);
    const downloaded = state?.cursor !== null && state?.cursor !== undefined;
    this.#set({
      ...counts,
      lastSyncAt: state?.lastSyncAt ? new Date(state.lastSyncAt).toISOString() : null,
      download: downloaded ? { state: "done" } : this.#status.download.state === "done" ? { state: "needed" } : this.#status.download,
    });
  }

  /** One operation at a time: a push and a pull never interleave their local writes. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      await this.#ready;
      this.#running++;
      this.#set({ syncing: true });
      try {
        return await work();
      } finally {
        this.#running--;
        this.#set({ syncing: this.#running > 0 });
        await this.#refresh().catch(() => undefined);
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Ask the server; while it cannot answer or fails, wait and ask again (same request, same keys). */
  async #call<T>(attempt: () => Promise<T>): Promise<T> {
    const { initialDelayMs, maxDelayMs, maxAttempts } = this.#options.retry;
    let delay = initialDelayMs;
    for (let failures = 1; ; failures++) {
      try {
        const answer = await attempt();
        this.#set({ online: true, serverSession: true, error: null });
        return answer;
      } catch (error) {
        const failure = failureOf(error);
        if (failure === "refused") {
          this.#set({ online: true, error: error instanceof Error ? error.message : String(error) });
          throw error;
        }
        this.#set({ online: failure !== "offline", serverSession: failure !== "session", error: FAILURE_MESSAGES[failure] });
        if (failure === "session" || failures >= maxAttempts) throw error;
        await pause(delay, this.#closing.signal);
        delay = Math.min(delay * 2, maxDelayMs);
      }
    }
  }

  firstSync(onProgress?: (progress: DownloadProgress) => void): Promise<void> {
    return this.#exclusive(async () => {
      const state = await stateOf(this.#db);
      if (state && state.cursor !== null) return;
      const { remote, scope, pageSize } = this.#options;
      let after = state?.downloadAfter ?? null;
      let done = after === null ? 0 : await this.#countCitizens();
      this.#set({ download: { state: "running", done, total: null } });
      try {
        for (;;) {
          const page = await this.#call(() => remote.sync.snapshot.query({ scope, after, limit: pageSize }));
          await this.#db.transaction(async (tx) => {
            if (after === null) await this.#startDownload(tx, page.reference?.userId, scope, page.seq);
            await applySnapshotPage(tx, page);
            const last = page.citizens.at(-1)?.id ?? after;
            await tx
              .update(syncState)
              .set({ downloadAfter: page.next === null ? null : last })
              .where(eq(syncState.id, 1));
            if (page.next === null) await this.#finishDownload(tx);
          });
          done += page.citizens.length;
          onProgress?.({ done, total: page.total });
          this.#set({ download: { state: "running", done, total: page.total } });
          if (page.next === null) break;
          after = page.next;
        }
        this.#set({ download: { state: "done" } });
      } catch (error) {
        this.#set({ download: { state: "failed", message: error instanceof Error ? error.message : String(error) } });
        throw error;
      }
    });
  }

  async #countCitizens(): Promise<number> {
    const [row] = await this.#db.select({ n: count() }).from(citizens);
    return row?.n ?? 0;
  }

  async #startDownload(tx: Db, userId: string | undefined, scope: SyncScope, seq: number): Promise<void> {
    if (userId === undefined) throw new Error("sync: the first page of a download has no reference data");
    const existing = await stateOf(tx);
    if (existing && existing.userId !== userId) throw new Error("Den lokale database tilhører en anden bruger");
    await tx
      .insert(syncState)
      .values({ id: 1, userId, scope, downloadSeq: seq })
      .onConflictDoUpdate({ target: syncState.id, set: { scope, downloadSeq: seq } });
  }

  /** Pulling starts where the download began: whatever changed meanwhile comes again. */
  async #finishDownload(tx: Db): Promise<void> {
    const state = await stateOf(tx);
    await tx
      .update(syncState)
      .set({ cursor: state?.downloadSeq ?? 0, downloadSeq: null })
      .where(eq(syncState.id, 1));
  }

  push(): Promise<PushSummary> {
    return this.#exclusive(async () => {
      const summary: PushSummary = { applied: 0, conflicts: 0, duplicates: 0 };
      for (;;) {
        const batch = fitting(await pendingBatch(this.#db, this.#options.pushBatchSize));
        if (batch.length === 0) return summary;
        const response = await this.#call(() => this.#options.remote.sync.push.mutate({ changes: batch.map(toSyncChange) }));
        const answered = await this.#db.transaction((tx) => recordAnswers(tx, batch, response));
        summary.applied += answered.applied;
        summary.conflicts += answered.conflicts;
        summary.duplicates += answered.duplicates;
        await this.#refresh();
      }
    });
  }

  pull(): Promise<PullSummary> {
    return this.#exclusive(async () => {
      const state = await stateOf(this.#db);
      if (!state || state.cursor === null) throw new Error("Sagsstammen skal hentes, før der kan hentes ændringer");
      const summary: PullSummary = { applied: 0, held: 0, cursor: state.cursor };
      for (;;) {
        const since = summary.cursor;
        const page = await this.#call(() => this.#options.remote.sync.pull.query({ scope: state.scope, since, limit: this.#options.pullPageSize }));
        const outcome = await this.#db.transaction(async (tx) => {
          const waiting = await this.#unanswered(tx);
          const held = page.changes.findIndex((c) => waiting.has(`${c.record.entity}:${c.record.id}`));
          const ready = held < 0 ? page.changes : page.changes.slice(0, held);
          await applyRecords(
            tx,
            ready.map((c) => c.record),
          );
          // Never past a change not applied: the next pull, after the push, starts there.
          const heldChange = page.changes[held];
          const cursor = heldChange === undefined ? page.cursor : heldChange.seq - 1;
          await tx.update(syncState).set({ cursor }).where(eq(syncState.id, 1));
          return { applied: ready.length, held: page.changes.length - ready.length, cursor };
        });
        summary.applied += outcome.applied;
        summary.held += outcome.held;
        summary.cursor = outcome.cursor;
        if (outcome.held > 0 || !page.more) return summary;
      }
    });
  }

  /** Entities with a local change the server has not answered yet: their server versions wait. */
  async #unanswered(tx: Db): Promise<Set<string>> {
    const rows = await tx.select({ entity: syncHeads.entity, id: syncHeads.entityId }).from(syncHeads).where(isNotNull(syncHeads.changeId));
    return new Set(rows.map((r) => `${r.entity}:${r.id}`));
  }

  async sync(): Promise<{ push: PushSummary; pull: PullSummary }> {
    const push = await this.push();
    const pull = await this.pull();
    await this.#db.update(syncState).set({ lastSyncAt: this.#options.now().toISOString() }).where(eq(syncState.id, 1));
    await this.#refresh();
    return { push, pull };
  }

  conflicts(): Promise<SyncConflict[]> {
    return this.#ready.then(() => listConflicts(this.#db));
  }

  resolve(conflictId: string, choice: ConflictChoice): Promise<void> {
    return this.#exclusive(() => this.#db.transaction((tx) => resolveConflict(tx, conflictId, choice, this.#options.now())));
  }

  close(): void {
    this.#closing.abort();
    this.#unwatch();
  }
}

/** The desktop's sync engine over its local database and the server. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  return new Engine(options);
}
