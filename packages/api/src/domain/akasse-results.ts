/**
 * The a-kasse's worklist rows per member (joint.due), kept per a-kasse in each server process.
 *
 * An a-kasse's members live in many kommuner, so its rows are held with the version of every
 * kommune they were computed at (kommune_versions, a small table read on every request). When
 * versions move, only the citizens the change log names in the kommuner that moved are evaluated
 * again, and of those only this a-kasse's members (a forløb moved to another a-kasse leaves the
 * list, one moved to this one joins it). A kommune whose log holds a change it cannot place on a
 * citizen (its rule set, or the national one, which every kommune's log records) is evaluated
 * again for the members there; a new day evaluates everything once. A write through any process
 * is seen at once through every other.
 */
import { and, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { JointDueList } from "@kontaktplan/schema";
import { perDatabase } from "../batch.js";
import { pgArray } from "../sql-arrays.js";
import type { AkasseScope } from "../tenancy/scope.js";
import { copenhagenToday } from "../time.js";
import { memberDues, ongoingOn, pendingRows, updateWorklist, worklist, worklistPage, type MemberDue, type Worklist, type WorklistQuery } from "./joint-due.js";
import { changedIn, type VersionRange } from "./kommune-state.js";
import { evictLeastRecent } from "./lru.js";

const { citizens, forloeb, kommuneVersions } = tables;

/**
 * Members kept per server process across all a-kasser; past it the least recently used a-kasse
 * goes. About 3.4 KB each when all three of a member's rows are pending (measured on bench:api's
 * data), so at most about 1.3 GB; the whole country's dagpenge recipients fit several times over.
 */
export const DEFAULT_MEMBER_CAPACITY = 400_000;

interface Held {
  readonly asOf: string;
  /** The version of every kommune the rows are at least as new as (absent: 0). */
  versions: Map<string, number>;
  /** When (performance.now()) those versions were asked for: what a write committed before then is in. */
  checkedAt: number;
  readonly members: Map<string, MemberDue>;
  /** The worklist built from `members`, sorted once until they change. */
  list?: Worklist;
}

interface Entry {
  /** Whose rows: what a new day's evaluation needs to evaluate them again. */
  scope: AkasseScope;
  asOf: string;
  ready: Promise<Held>;
  /** Members held, once known: what eviction weighs. */
  size: number;
}

/** Told how many members each evaluation covered: how tests see that a write costs one member. */
export type MemberEvaluationListener = (members: number) => void;

async function versionsNow(db: Db): Promise<Map<string, number>> {
  const rows = await db.select().from(kommuneVersions);
  return new Map(rows.map((r) => [r.kommunekode, r.version]));
}

class AkasseStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<MemberEvaluationListener>();
  capacity = DEFAULT_MEMBER_CAPACITY;

  constructor(private readonly db: Db) {}

  get(scope: AkasseScope, asOf: string): Promise<Held> {
    const key = scope.organisationId;
    let entry = this.entries.get(key);
    this.entries.delete(key); // re-inserted last: most recently used
    if (!entry || entry.asOf !== asOf) {
      entry = { scope, asOf, ready: this.full(scope, asOf), size: 0 };
    } else {
      // Chained, so concurrent requests share one catch-up and updates apply in order; a request
      // made before the held versions were asked for is answered without a catch-up of its own.
      const askedAt = performance.now();
      entry.ready = entry.ready.then(
        (held) => (held.checkedAt > askedAt ? held : this.advance(scope, held)),
        () => this.full(scope, asOf),
      );
    }
    const current = entry;
    this.entries.set(key, current);
    current.ready.then(
      (held) => {
        current.size = held.members.size;
        evictLeastRecent(this.entries, this.capacity, key);
      },
      // A failure is not kept: the next request starts afresh (its caller sees the error).
      () => {
        if (this.entries.get(key) === current) this.entries.delete(key);
      },
    );
    return current.ready;
  }

  private async full(scope: AkasseScope, asOf: string): Promise<Held> {
    // Read before the rows: a write in between is evaluated again next time, never missed.
    const checkedAt = performance.now();
    const held: Held = { asOf, versions: await versionsNow(this.db), checkedAt, members: new Map() };
    this.take(held, await memberDues(this.db, scope, ongoingOn(asOf), asOf));
    return held;
  }

  /** Bring `held` up to the kommuner's versions now: evaluate again only what changed since. */
  private async advance(scope: AkasseScope, held: Held): Promise<Held> {
    const checkedAt = performance.now();
    const versions = await versionsNow(this.db);
    const ranges: VersionRange[] = [];
    for (const [kommunekode, version] of versions) {
      const from = held.versions.get(kommunekode) ?? 0;
      if (version > from) ranges.push({ kommunekode, from, to: version });
    }
    const whole = new Set<string>();
    const ids = new Set<string>();
    for (const [kommunekode, changed] of await changedIn(this.db, ranges)) {
      if (changed.unplaced) whole.add(kommunekode);
      else for (const id of changed.citizenIds) ids.add(id);
    }
    if (ids.size > 0 || whole.size > 0) {
      // Asked apart, never as one OR: PostgreSQL answers "these citizens" from an index, but "these
      // citizens or those kommuner" by scanning every forløb (seconds with a million of them).
      const parts = [
        ids.size > 0 ? sql`${forloeb.citizenId} = any(${pgArray([...ids], "uuid")})` : null,
        whole.size > 0 ? sql`${citizens.kommunekode} = any(${pgArray([...whole], "text")})` : null,
      ];
      const fresh = new Map<string, MemberDue>();
      for (const part of parts) {
        if (part === null) continue;
        for (const [id, member] of await memberDues(this.db, scope, and(ongoingOn(held.asOf), part), held.asOf)) fresh.set(id, member);
      }
      // Every member is looked at only when a whole kommune is evaluated again (a rule set changed).
      const stale = whole.size === 0 ? ids : [...held.members].flatMap(([id, member]) => (ids.has(id) || whole.has(member.kommunekode) ? [id] : []));
      this.take(held, fresh, stale);
    }
    held.versions = versions;
    held.checkedAt = checkedAt;
    return held;
  }

  /** Evaluate every a-kasse held as of an earlier day as of `asOf`, one after another (as citizen-results.ts renews kommuner). */
  async renew(asOf: string): Promise<void> {
    for (const entry of [...this.entries.values()]) {
      if (entry.asOf < asOf) await this.get(entry.scope, asOf).catch(() => undefined);
    }
  }

  /**
   * Replace the rows of the `stale` members (and of any member in `fresh`) with `fresh`. Only the
   * rows a worklist shows are kept: a member's met and lapsed obligations would only take room. A
   * sorted worklist already built is updated row by row, not sorted again: with caseworkers writing
   * all day, sorting a large a-kasse's hundreds of thousands of rows after every write was most of
   * the server's work.
   */
  private take(held: Held, fresh: ReadonlyMap<string, MemberDue>, stale: Iterable<string> = []): void {
    const removed: MemberDue[] = [];
    const added: MemberDue[] = [];
    for (const id of new Set([...stale, ...fresh.keys()])) {
      const old = held.members.get(id);
      if (old) removed.push(old);
      held.members.delete(id);
    }
    for (const [id, member] of fresh) {
      const kept = pendingRows(member);
      held.members.set(id, kept);
      added.push(kept);
    }
    // Never expected to fail (the order is total); if it did, the list is built afresh on the next request.
    if (held.list && !updateWorklist(held.list, removed, added)) delete held.list;
    for (const listener of this.listeners) listener(fresh.size);
  }

  listen(listener: MemberEvaluationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const stores = perDatabase((db: Db) => new AkasseStore(db));

/** The a-kasse's worklist (joint.due) today, from the kept rows of its members' ongoing forløb. */
export async function jointDue(db: Db, scope: AkasseScope, now: Date, query: WorklistQuery = WHOLE): Promise<JointDueList> {
  const asOf = copenhagenToday(now);
  const held = await stores(db).get(scope, asOf);
  held.list ??= worklist(asOf, held.members.values());
  return worklistPage(held.list, held.members, query);
}

const WHOLE: WorklistQuery = { search: null, sort: "daysLeft", page: 1, akassePage: 1 };

/** Evaluate the a-kasser this process holds for `db` as of `asOf` (see `renew`). */
export function renewAkasseResults(db: Db, asOf: string): Promise<void> {
  return stores(db).renew(asOf);
}

/** Calls `listener` with the number of members of every evaluation on `db`; returns the unsubscribe. */
export function onMemberEvaluation(db: Db, listener: MemberEvaluationListener): () => void {
  return stores(db).listen(listener);
}
