/**
 * Push: a desktop's offline changes, applied in order, each exactly once.
 *
 * One transaction per request. It first claims every idempotency key (a concurrent push of the
 * same key waits here until this one commits, then gets this one's answer); then replays each
 * claimed change in a savepoint, kept only if no entity it modified changed on the server since
 * the version the change was based on; then stores every answer with its key. Commit makes the
 * changes and their keys durable together: an answer lost on the way back is given again, never
 * applied again.
 */
import { defined } from "@kontaktplan/rules";
import { and, eq, gt, inArray, max, or, sql } from "drizzle-orm";
import { TRPCError } from "@trpc/server";
import { tables, type Db } from "@kontaktplan/db";
import type { ChangeEntity, PushResult, SyncChange, SyncResult } from "@kontaktplan/schema";
import { audit, withAuditsTogether } from "../audit.js";
import type { SessionUser } from "../auth/session.js";
import { withChangeListener, type RecordedChange } from "../change-log.js";
import type { Context } from "../context.js";
import { fieldErrorsOf } from "../trpc.js";
import { AssignedIds } from "./assigned-ids.js";
import { withoutFreeText } from "./audit-details.js";
import { currentRecords, type EntityRef } from "./records.js";
import { isReplayable, replay, type ReplayablePath } from "./replay.js";
import type { JobcentreScope } from "./scope.js";

const { changeLog, forloeb, meetings, pauses, requests, slots, jointBookings, jointProposals, syncApplied } = tables;

/** The tables whose rows a change may create with the desktop's ids, and their change-log entity names. */
const CREATABLE = {
  forloeb: { table: forloeb, entity: "forloeb" },
  pauses: { table: pauses, entity: "pause" },
  meetings: { table: meetings, entity: "meeting" },
  requests: { table: requests, entity: "request" },
  slots: { table: slots, entity: "slot" },
  joint_bookings: { table: jointBookings, entity: "joint_booking" },
  joint_proposals: { table: jointProposals, entity: "joint_proposal" },
} as const;
type CreatableTable = keyof typeof CREATABLE;

const MESSAGES = {
  changed: "Data er ændret på serveren, siden ændringen blev lavet offline. Serveren har beholdt sin version.",
  afterRefused: "Ændringen bygger på en tidligere ændring, som serveren ikke tog imod.",
  notReplayable: "Denne handling kan ikke synkroniseres fra skrivebordsappen.",
  // Said alike of an id the server already has (in any kommune) and of one it never takes: whether
  // an id exists elsewhere is not the caller's to learn.
  unusableId: "Ændringen opretter noget med et id, som serveren ikke kan tage imod.",
  diverged: "Ændringen gav et andet resultat på serveren end på denne computer, så serveren har ikke gemt den.",
};

/** A refusal of one change: it becomes that change's conflict, the rest of the push goes on. */
class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export interface PushContext {
  /** The request's context and signed-in user, for replaying procedures as the same user. */
  base: Context;
  user: SessionUser;
  scope: JobcentreScope;
}

export function pushChanges(ctx: PushContext, changes: readonly SyncChange[]): Promise<PushResult> {
  return ctx.base.db.transaction(async (tx) => {
    const userId = ctx.scope.userId;
    const unique = dedupe(changes);
    const claimed = await claim(tx, userId, unique);
    const earlier = await storedResults(
      tx,
      userId,
      unique.filter((c) => !claimed.has(c.id)),
    );
    const toApply = unique.filter((c) => claimed.has(c.id));
    const answers = new Map<string, SyncResult>();
    const batch: Batch = {
      taken: await existingIds(tx, toApply),
      ids: new AssignedIds(tx, toApply),
      ownerOf: new Map(toApply.flatMap((c) => c.createdIds.map(([, id]) => [id, c.id] as const))),
      answers,
      answerOf: (id) => answers.get(id) ?? earlier.get(id),
    };
    for (let i = 0; i < toApply.length; i += GROUP) {
      const group = toApply.slice(i, i + GROUP);
      if (!(await allInOneGo(tx, ctx, group, batch))) {
        for (const change of group) answers.set(change.id, await applyOne(tx, ctx, change, batch));
      }
    }
    await storeResults(
      tx,
      userId,
      toApply.map((c) => ({ key: c.idempotencyKey, result: defined(answers.get(c.id), "the answer to each change applied") })),
    );
    const answered = new Set<string>();
    return {
      results: changes.map((change) => {
        const result = answers.get(change.id) ?? earlier.get(change.id);
        if (!result) throw new Error("push: a change without an answer");
        const applyingNow = claimed.has(change.id) && !answered.has(change.id);
        answered.add(change.id);
        return { id: change.id, duplicate: !applyingNow, result };
      }),
    };
  });
}

/** The first occurrence of each change id; a repeat within one request is answered like a repeat push. */
function dedupe(changes: readonly SyncChange[]): SyncChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** Insert the keys not yet known; returns the ids of the changes claimed by this request. */
async function claim(tx: Db, userId: string, changes: readonly SyncChange[]): Promise<Set<string>> {
  const rows = await tx
    .insert(syncApplied)
    .values(changes.map((c) => ({ userId, key: c.idempotencyKey, changeId: c.id })))
    .onConflictDoNothing()
    .returning({ changeId: syncApplied.changeId });
  return new Set(rows.map((r) => r.changeId));
}

/** The stored answers of changes pushed before (by key, or by change id if resent under another key). */
async function storedResults(tx: Db, userId: string, changes: readonly SyncChange[]): Promise<Map<string, SyncResult>> {
  if (changes.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(syncApplied)
    .where(
      and(
        eq(syncApplied.userId, userId),
        or(
          inArray(
            syncApplied.key,
            changes.map((c) => c.idempotencyKey),
          ),
          inArray(
            syncApplied.changeId,
            changes.map((c) => c.id),
          ),
        ),
      ),
    );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const byChange = new Map(rows.map((r) => [r.changeId, r]));
  const answers = new Map<string, SyncResult>();
  for (const change of changes) {
    const row = byKey.get(change.idempotencyKey) ?? byChange.get(change.id);
    if (!row?.result) throw new Error("push: a claimed key without a stored answer");
    answers.set(change.id, row.result as SyncResult);
  }
  return answers;
}

async function storedResult(tx: Db, userId: string, changeId: string): Promise<SyncResult | undefined> {
  const [row] = await tx
    .select({ result: syncApplied.result })
    .from(syncApplied)
    .where(and(eq(syncApplied.userId, userId), eq(syncApplied.changeId, changeId)));
  return (row?.result ?? undefined) as SyncResult | undefined;
}

async function storeResults(tx: Db, userId: string, answers: readonly { key: string; result: SyncResult }[]): Promise<void> {
  if (answers.length === 0) return;
  const values = sql.join(
    answers.map((a) => sql`(${a.key}::uuid, ${JSON.stringify(a.result)}::jsonb)`),
    sql`, `,
  );
  await tx.execute(sql`update sync_applied as a set result = v.result from (values ${values}) as v(key, result) where a.user_id = ${userId} and a.key = v.key`);
}

function isCreatable(table: string): table is CreatableTable {
  return Object.hasOwn(CREATABLE, table);
}

/** Ids the changes want to create that the server already has: such a change is refused, not retried forever. */
async function existingIds(tx: Db, changes: readonly SyncChange[]): Promise<Set<string>> {
  const byTable = new Map<CreatableTable, string[]>();
  for (const change of changes) {
    for (const [table, id] of change.createdIds) {
      if (!isCreatable(table)) continue;
      byTable.set(table, [...(byTable.get(table) ?? []), id]);
    }
  }
  const taken = new Set<string>();
  for (const [name, ids] of byTable) {
    const table = CREATABLE[name].table;
    for (const row of await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))) taken.add(row.id);
  }
  return taken;
}

type AnswerOf = (changeId: string) => SyncResult | undefined;

/** What every change of one push shares. */
interface Batch {
  /** Ids the changes would create that the server already has. */
  taken: ReadonlySet<string>;
  ids: AssignedIds;
  /** Which change of this push each id to be created belongs to. */
  ownerOf: ReadonlyMap<string, string>;
  /** The answers so far, by change id. */
  answers: Map<string, SyncResult>;
  answerOf: AnswerOf;
}

/** An entity the change modified has a newer change-log row than the version the change was made on. */
class Stale extends Error {}

/**
 * Changes are replayed in groups, in one savepoint per group: almost every change applies, and a
 * savepoint per change would cost two more round trips each. The group's audit rows and its check
 * for changes on the server are one statement each, at the end of the group. A group in which
 * anything is refused or found changed is rolled back and replayed change by change.
 */
const GROUP = 50;

/** Apply the whole group, or nothing of it (returns false). */
async function allInOneGo(tx: Db, ctx: PushContext, group: readonly SyncChange[], batch: Batch): Promise<boolean> {
  try {
    await tx.transaction((sp) =>
      withAuditsTogether(sp, async () => {
        const replayed: Replayed[] = [];
        for (const change of group) {
          refuseUpFront(change, batch);
          const expected = await expectedSeqs(sp, ctx.scope.userId, change, batch.answerOf);
          await batch.ids.prepare(change.id, change.createdIds);
          const logged = await replayChecked(sp, ctx, change, batch);
          replayed.push({ expected, logged });
          batch.answers.set(change.id, { status: "applied", seqs: seqsOf(logged) });
        }
        if (await staleAmong(sp, ctx.scope.kommunekode, replayed)) throw new Stale();
      }),
    );
    return true;
  } catch (error) {
    // A server fault fails the push (the desktop retries); a refusal or a stale entity is the one-by-one pass's to place.
    if (!(error instanceof Stale) && !refusalOf(error)) throw error;
    // Rolled back: the group's answers and ids are as before it; the one-by-one pass tells why.
    for (const change of group) batch.answers.delete(change.id);
    batch.ids.forget();
    return false;
  }
}

/** A change the server would replay: its path names a replayable procedure. */
type ReplayableChange = SyncChange & { path: ReplayablePath };

function refuseUpFront(change: SyncChange, batch: Batch): asserts change is ReplayableChange {
  if (!isReplayable(change.path)) throw new Refused("BAD_REQUEST", MESSAGES.notReplayable);
  if (change.createdIds.some(([table, id]) => !isCreatable(table) || batch.taken.has(id))) throw new Refused("CONFLICT", MESSAGES.unusableId);
}

/**
 * One change in its own savepoint: applied, or a conflict with the server's version. A refusal
 * counts as `changed` when an entity the change modified has changed on the server since: that
 * is why the procedure refused (e.g. a forløb's stale version).
 */
async function applyOne(tx: Db, ctx: PushContext, change: SyncChange, batch: Batch): Promise<SyncResult> {
  let expected = new Map<string, number>();
  try {
    refuseUpFront(change, batch);
    expected = await expectedSeqs(tx, ctx.scope.userId, change, batch.answerOf);
    await batch.ids.prepare(change.id, change.createdIds);
    const logged = await tx.transaction(async (sp) => {
      const own = await replayChecked(sp, ctx, change, batch);
      if (await staleAmong(sp, ctx.scope.kommunekode, [{ expected, logged: own }])) throw new Stale();
      return own;
    });
    return { status: "applied", seqs: seqsOf(logged) };
  } catch (error) {
    const stale = error instanceof Stale || (await staleAmong(tx, ctx.scope.kommunekode, [{ expected, logged: [] }]));
    if (stale) return conflictOf(tx, ctx.scope, change, "changed", new Refused("CONFLICT", MESSAGES.changed));
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return conflictOf(tx, ctx.scope, change, "rejected", refusal);
  }
}

/**
 * A procedure's refusal (bad input, not found, a domain conflict) ends only this change. A server
 * fault fails the whole push, which the desktop retries: it may be passing (a lost connection).
 */
function refusalOf(error: unknown): Refused | null {
  if (error instanceof Refused) return error;
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return new Refused(error.code, error.message, fieldErrorsOf(error.cause));
  }
  return null;
}

/**
 * The newest change-log position each modified entity may have, besides this change's own rows:
 * the version the change was made on, or the result of the desktop's earlier change it builds on.
 * Refused when that earlier change was not applied.
 */
async function expectedSeqs(tx: Db, userId: string, change: SyncChange, answerOf: AnswerOf): Promise<Map<string, number>> {
  const expected = new Map<string, number>();
  for (const base of change.base) {
    let seq = base.seq;
    if (base.after !== null) {
      const answer = answerOf(base.after) ?? (await storedResult(tx, userId, base.after));
      const own = answer?.status === "applied" ? answer.seqs.filter((s) => s.entity === base.entity && s.id === base.id) : [];
      if (own.length === 0) throw new Refused("CONFLICT", MESSAGES.afterRefused);
      seq = Math.max(seq, ...own.map((s) => s.seq));
    }
    expected.set(`${base.entity}:${base.id}`, seq);
  }
  return expected;
}

type Seqs = { entity: RecordedChange["entity"]; id: string; seq: number }[];

function seqsOf(logged: readonly RecordedChange[]): Seqs {
  return logged.map((l) => ({ entity: l.entity, id: l.entityId, seq: l.seq }));
}

/** A replayed change: the versions it was based on and the change-log rows it wrote. */
interface Replayed {
  expected: ReadonlyMap<string, number>;
  logged: readonly RecordedChange[];
}

/**
 * Replay the call on `db` (a savepoint of the push), with the desktop's ids handed to
 * `kontaktplan_new_id`, and check that every id the desktop created was used and none of another
 * change's. Whether an entity it modified changed on the server since is checked after it
 * (`staleAmong`): the procedure's own writes lock those entities' rows, so a concurrent writer
 * either committed before (and is seen then) or waits for this push to commit.
 */
async function replayChecked(db: Db, ctx: PushContext, change: ReplayableChange, batch: Batch): Promise<RecordedChange[]> {
  const logged: RecordedChange[] = [];
  await withChangeListener(
    async (_tx, changes) => {
      logged.push(...changes);
    },
    () => replay(ctx.base, ctx.user, db, change.path, change.input),
  );
  const loggedIds = new Set(logged.map((l) => l.entityId));
  const usedAll = change.createdIds.every(([, id]) => loggedIds.has(id));
  // An id of another change that has not been applied yet: the replay created what was not its
  // own. (Ids of changes applied earlier in this push are existing entities, e.g. a meeting
  // planned and then recorded offline.)
  const usedOthers = logged.some((l) => {
    const owner = batch.ownerOf.get(l.entityId);
    return owner !== undefined && owner !== change.id && batch.answerOf(owner)?.status !== "applied";
  });
  if (!usedAll || usedOthers) throw new Refused("CONFLICT", MESSAGES.diverged);
  batch.ids.consumed(change.createdIds);
  return logged;
}

/**
 * Whether an entity one of the replayed changes (in order) modified has a change-log row newer
 * than that change expected, written by the server or by an earlier one of them: what the change's
 * own replay or a later one wrote does not count. One query for all of them.
 */
async function staleAmong(db: Db, kommunekode: string, replayed: readonly Replayed[]): Promise<boolean> {
  const expectations = replayed.flatMap((r, index) => [...r.expected].map(([key, seq]) => ({ index, key, seq })));
  if (expectations.length === 0) return false;
  const ids = [...new Set(expectations.map((e) => e.key.slice(e.key.indexOf(":") + 1)))];
  const rows = await db
    .select({ entity: changeLog.entity, id: changeLog.entityId, seq: changeLog.seq })
    .from(changeLog)
    .where(and(eq(changeLog.kommunekode, kommunekode), inArray(changeLog.entityId, ids), gt(changeLog.seq, Math.min(...expectations.map((e) => e.seq)))));
  const writtenBy = new Map(replayed.flatMap((r, index) => r.logged.map((l) => [l.seq, index] as const)));
  const seqsByKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.entity}:${row.id}`;
    const seqs = seqsByKey.get(key);
    if (seqs) seqs.push(row.seq);
    else seqsByKey.set(key, [row.seq]);
  }
  return expectations.some(({ index, key, seq }) => (seqsByKey.get(key) ?? []).some((newer) => newer > seq && (writtenBy.get(newer) ?? -1) < index));
}

/** The newest change-log position of the entities, in the caller's kommune only. */
async function latestSeq(tx: Db, kommunekode: string, refs: readonly EntityRef[]): Promise<number> {
  if (refs.length === 0) return 0;
  const [row] = await tx
    .select({ seq: max(changeLog.seq) })
    .from(changeLog)
    .where(and(eq(changeLog.kommunekode, kommunekode), or(...refs.map((r) => and(eq(changeLog.entityId, r.id), eq(changeLog.entity, r.entity))))));
  return row?.seq ?? 0;
}

/** Every entity the change touched: the ones it modified, created, and wrote locally. */
function touchedBy(change: SyncChange): EntityRef[] {
  const refs = new Map<string, EntityRef>();
  const add = (entity: ChangeEntity, id: string) => refs.set(`${entity}:${id}`, { entity, id });
  for (const b of change.base) add(b.entity, b.id);
  for (const [table, id] of change.createdIds) if (isCreatable(table)) add(CREATABLE[table].entity, id);
  for (const l of change.local) add(l.entity, l.entityId);
  return [...refs.values()];
}

/** The server keeps its version: answer with it, and log both versions. */
async function conflictOf(tx: Db, scope: JobcentreScope, change: SyncChange, reason: "changed" | "rejected", refusal: Refused): Promise<SyncResult> {
  const touched = touchedBy(change);
  const located = await currentRecords(tx, scope, "kommune", touched);
  const server = located.map((l) => l.record);
  const serverSeq = await latestSeq(tx, scope.kommunekode, touched);
  const citizenIds = located.flatMap((l) => (l.citizenId === null ? [] : [l.citizenId]));
  await audit(tx, scope, "sync.conflict", citizenIds.length > 0 ? citizenIds : null, {
    changeId: change.id,
    path: change.path,
    reason,
    code: refusal.code,
    madeAt: change.madeAt,
    mine: withoutFreeText({ input: change.input, local: change.local }),
    theirs: withoutFreeText(server),
  });
  return { status: "conflict", reason, code: refusal.code, message: refusal.message, fieldErrors: refusal.fieldErrors, server, serverSeq };
}
