/**
 * Evaluated results per citizen, kept per kommune in each server process, from which caseload
 * lists (mine and kommune-wide), compliance and compare.caseload are all served.
 *
 * A kommune's results are held at a data version (kommune-state.ts). When the version moves, only
 * the citizens named by the change log between the held version and the new one are evaluated
 * again (migration 0014 stamps each change with its citizen and version), so the cost of a write
 * grows with what it changed, not with the kommune. A new day or another rule set re-evaluates the
 * kommune once. Every process checks the version on every request, so a write through any
 * process is seen at once through every other.
 */
import { and, eq, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { compareValid, evaluateValid, parseDay, targetGroupOf, defined } from "@kontaktplan/rules";
import {
  CitizenSummary,
  OBLIGATION_STATUSES,
  TARGET_GROUPS,
  type CaseloadQuery,
  type CompareRow,
  type EvaluationInput,
  type ObligationStatus,
  type RuleSet,
  type TargetGroup,
} from "@kontaktplan/schema";
import { perDatabase } from "../batch.js";
import { pgArray } from "../sql-arrays.js";
import { evaluationInputOf, groupBy, loadEvaluationData } from "./case-data.js";
import { currentForloeb, summarise } from "./caseload.js";
import { caseloadFilter, caseloadOrder } from "./caseload-order.js";
import { insertSorted, removeSorted, type Compare } from "./sorted-list.js";
import { matchesSearch, parseSearch } from "./search.js";
import { changedIn, kommuneState, type KommuneState } from "./kommune-state.js";
import { evictLeastRecent } from "./lru.js";

const { citizens } = tables;

type Forloeb = EvaluationInput["forloeb"][number];

/** One obligation as compliance counts it. */
export interface DueObligation {
  /** The last day of its window, as a day number (rules' `parseDay`). */
  due: number;
  status: ObligationStatus;
  group: TargetGroup;
}

/**
 * What one citizen contributes to every list. Its size is fixed apart from the obligations, which
 * take five bytes each (a due day and a packed status and target group) rather than the engine's
 * objects with their explanations.
 */
export interface CitizenResult {
  readonly summary: CitizenSummary;
  /** The full CPR number, for searching on the server; lists send only `summary.cprMasked`. */
  readonly cpr: string;
  readonly dues: Int32Array;
  /** `status index * 16 + target group index` per obligation, in the order of `dues`. */
  readonly codes: Uint8Array;
  /** The forløb the caseload shows, which compare.caseload compares. */
  readonly current: Forloeb | undefined;
  /** compare()'s row for `current`, computed on the first compare.caseload that needs it. */
  compare?: CompareRow;
}

export function* dueObligations(result: CitizenResult): Generator<DueObligation> {
  for (let i = 0; i < result.dues.length; i++) {
    const code = defined(result.codes[i], "each obligation's code");
    yield {
      due: defined(result.dues[i], "each obligation's deadline"),
      status: defined(OBLIGATION_STATUSES[code >> 4], "the status a code names"),
      group: defined(TARGET_GROUPS[code & 15], "the target group a code names"),
    };
  }
}

/** Told how many citizens each evaluation covered: how tests see that a write costs one citizen. */
export type EvaluationListener = (citizens: number) => void;

export interface KommuneResults {
  readonly kommunekode: string;
  readonly ruleSet: RuleSet;
  readonly asOf: string;
  /** The kommune version the results are at least as new as. */
  readonly version: number;
  readonly citizens: ReadonlyMap<string, CitizenResult>;
  /** The summaries of one caseworker's citizens (`null`: the whole kommune), filtered and sorted as asked; kept until they change. */
  view(caseworkerId: string | null, query: CaseloadQuery): CitizenSummary[];
}

export interface ResultStats {
  kommuner: number;
  citizens: number;
  obligations: number;
  capacity: number;
}

/** Citizens kept per server process across all kommuner (about 1.4 KB each, measured); past it the least recently used kommune goes. */
export const DEFAULT_CAPACITY = 200_000;
/** Past this share of the kommune changed since the held version, evaluating all of it is cheaper than the lookups. */
const FULL_REEVALUATION_SHARE = 0.25;

/** A kept list: one caseworker's citizens (`null`: the whole kommune), filtered and in the order asked. */
interface View {
  caseworkerId: string | null;
  keep: (row: CitizenSummary) => boolean;
  order: Compare<CitizenSummary>;
  rows: CitizenSummary[];
}

/** Past this many citizens changed at once, views are dropped and built again when asked for. */
const VIEW_UPDATE_LIMIT = 256;

class Results implements KommuneResults {
  readonly citizens = new Map<string, CitizenResult>();
  private readonly byCaseworker = new Map<string | null, Set<string>>();
  private readonly views = new Map<string, View>();

  constructor(
    readonly kommunekode: string,
    readonly ruleSet: RuleSet,
    readonly asOf: string,
    public version: number,
  ) {}

  /** Searches are not kept as views: each distinct text would add one, and filtering a kept view is cheap. */
  view(caseworkerId: string | null, query: CaseloadQuery): CitizenSummary[] {
    const key = viewKey(caseworkerId, query);
    let view = this.views.get(key);
    if (!view) {
      const ids = caseworkerId === null ? this.citizens.keys() : (this.byCaseworker.get(caseworkerId) ?? []);
      const summaries = [...ids].map((id) => defined(this.citizens.get(id), "each kept citizen of a view").summary);
      view = { caseworkerId, keep: caseloadFilter(query), order: caseloadOrder(query), rows: [] };
      view.rows = summaries.filter(view.keep).sort(view.order);
      this.views.set(key, view);
    }
    const search = parseSearch(query.search);
    return search
      ? view.rows.filter((r) => matchesSearch(search, { name: r.name, cpr: defined(this.citizens.get(r.citizenId), "each kept citizen of a view").cpr }))
      : view.rows;
  }

  /**
   * Replace the results of `ids` (absent from `fresh`: no longer in the kommune). Each kept view
   * loses the old summary and gains the new one in its place, so a write in a kommune of 10,000
   * does not sort its kommune-wide lists again; past VIEW_UPDATE_LIMIT changes they are dropped.
   */
  replace(ids: Iterable<string>, fresh: ReadonlyMap<string, CitizenResult>): void {
    const changes: { old: CitizenSummary | undefined; now: CitizenSummary | undefined }[] = [];
    for (const id of ids) {
      const old = this.citizens.get(id);
      if (old) {
        this.byCaseworker.get(old.summary.caseworkerId)?.delete(id);
        this.citizens.delete(id);
      }
      const now = fresh.get(id);
      if (now) {
        this.citizens.set(id, now);
        const caseworker = now.summary.caseworkerId;
        let set = this.byCaseworker.get(caseworker);
        if (!set) this.byCaseworker.set(caseworker, (set = new Set()));
        set.add(id);
      }
      changes.push({ old: old?.summary, now: now?.summary });
    }
    for (const [key, view] of this.views) {
      if (changes.length > VIEW_UPDATE_LIMIT || !updateView(view, changes)) this.views.delete(key);
    }
  }

  obligations(): number {
    let n = 0;
    for (const r of this.citizens.values()) n += r.dues.length;
    return n;
  }
}

/** False when an old summary was not where the view keeps it (the view is then built again). */
function updateView(view: View, changes: readonly { old: CitizenSummary | undefined; now: CitizenSummary | undefined }[]): boolean {
  const shown = (row: CitizenSummary | undefined): row is CitizenSummary =>
    row !== undefined && (view.caseworkerId === null || row.caseworkerId === view.caseworkerId) && view.keep(row);
  for (const { old } of changes) if (shown(old) && !removeSorted(view.rows, old, view.order)) return false;
  for (const { now } of changes) if (shown(now)) insertSorted(view.rows, now, view.order);
  return true;
}

const viewKey = (caseworkerId: string | null, q: CaseloadQuery) =>
  JSON.stringify([caseworkerId, q.status ?? null, q.targetGroup ?? null, q.caseworker ?? null, q.sort, q.direction]);

/** Evaluate the citizens of `kommunekode` (all of them, or those in `ids`) and build their results. */
async function evaluateCitizens(
  db: Db,
  kommunekode: string,
  ids: readonly string[] | null,
  ruleSet: RuleSet,
  asOf: string,
): Promise<Map<string, CitizenResult>> {
  const where = and(eq(citizens.kommunekode, kommunekode), ids === null ? undefined : sql`${citizens.id} = any(${pgArray(ids, "uuid")})`);
  const [citizenRows, data] = await Promise.all([db.select().from(citizens).where(where), loadEvaluationData(db, where)]);
  const input = evaluationInputOf(data, ruleSet, asOf);
  const { obligations } = evaluateValid(input);
  // Validated here, once, rather than as the procedure's output on every request that reads it.
  const summaries = CitizenSummary.array().parse(summarise(citizenRows, input, obligations));
  const forloebById = new Map(input.forloeb.map((f) => [f.id, f]));
  const forloebByCitizen = groupBy(input.forloeb, (f) => f.borgerId);
  const obligationsByCitizen = groupBy(obligations, (o) => forloebById.get(o.forloebId)?.borgerId);
  const cprById = new Map(citizenRows.map((c) => [c.id, c.cpr]));
  const results = new Map<string, CitizenResult>();
  for (const summary of summaries) {
    const own = obligationsByCitizen.get(summary.citizenId) ?? [];
    const dues = new Int32Array(own.length);
    const codes = new Uint8Array(own.length);
    own.forEach((o, i) => {
      dues[i] = parseDay(o.to);
      codes[i] =
        OBLIGATION_STATUSES.indexOf(o.status) * 16 +
        TARGET_GROUPS.indexOf(targetGroupOf(defined(forloebById.get(o.forloebId), "the forløb of each obligation")));
    });
    const cpr = cprById.get(summary.citizenId) ?? "";
    results.set(summary.citizenId, { summary, cpr, dues, codes, current: currentForloeb(forloebByCitizen.get(summary.citizenId) ?? [], asOf) });
  }
  return results;
}

interface Entry {
  ruleSet: RuleSet;
  asOf: string;
  ready: Promise<Results>;
  /** Citizens held, once known: what eviction weighs. */
  size: number;
  /** The newest version a request has asked for. */
  wanted: number;
}

class ResultStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<EvaluationListener>();
  capacity = DEFAULT_CAPACITY;

  constructor(private readonly db: Db) {}

  get(kommunekode: string, state: KommuneState, asOf: string): Promise<KommuneResults> {
    const { version, ruleSet } = state;
    let entry = this.entries.get(kommunekode);
    this.entries.delete(kommunekode); // re-inserted last: most recently used
    if (!entry || entry.ruleSet !== ruleSet || entry.asOf !== asOf) {
      entry = { ruleSet, asOf, ready: this.full(kommunekode, version, ruleSet, asOf), size: 0, wanted: version };
    } else {
      // Chained, so concurrent requests share one catch-up and updates apply in order. A catch-up
      // goes to the newest version any request has asked for, not its own: with writes arriving
      // faster than one catch-up per write, stepping one request's version at a time fell behind.
      const chained = entry;
      chained.wanted = Math.max(chained.wanted, version);
      chained.ready = chained.ready.then(
        (held) => (held.version >= version ? held : this.advance(held, chained.wanted)),
        () => this.full(kommunekode, chained.wanted, ruleSet, asOf),
      );
    }
    const current = entry;
    this.entries.set(kommunekode, current);
    current.ready.then(
      (results) => {
        current.size = results.citizens.size;
        evictLeastRecent(this.entries, this.capacity, kommunekode);
      },
      // A failure is not kept: the next request starts afresh (its caller sees the error).
      () => {
        if (this.entries.get(kommunekode) === current) this.entries.delete(kommunekode);
      },
    );
    return current.ready;
  }

  private async full(kommunekode: string, version: number, ruleSet: RuleSet, asOf: string): Promise<Results> {
    const fresh = await evaluateCitizens(this.db, kommunekode, null, ruleSet, asOf);
    this.told(fresh.size);
    const results = new Results(kommunekode, ruleSet, asOf, version);
    results.replace(fresh.keys(), fresh);
    return results;
  }

  /** Bring `held` up to `version`: evaluate again only the citizens changed after the version it holds. */
  private async advance(held: Results, version: number): Promise<Results> {
    const changed = (await changedIn(this.db, [{ kommunekode: held.kommunekode, from: held.version, to: version }])).get(held.kommunekode);
    const ids = [...(changed?.citizenIds ?? [])];
    if (changed?.unplaced || ids.length > Math.max(1, held.citizens.size * FULL_REEVALUATION_SHARE)) {
      return this.full(held.kommunekode, version, held.ruleSet, held.asOf);
    }
    if (ids.length > 0) {
      const fresh = await evaluateCitizens(this.db, held.kommunekode, ids, held.ruleSet, held.asOf);
      this.told(ids.length);
      held.replace(ids, fresh);
    }
    held.version = version;
    return held;
  }

  /**
   * Evaluate every kommune held as of an earlier day as of `asOf`, one after another, so that the
   * day's first lists are answered from kept results. A kommune that fails is dropped (its next
   * request starts afresh) and the rest go on.
   */
  async renew(asOf: string): Promise<void> {
    for (const [kommunekode, entry] of [...this.entries]) {
      if (entry.asOf >= asOf) continue;
      await this.get(kommunekode, await kommuneState(this.db, kommunekode), asOf).catch(() => undefined);
    }
  }

  private told(citizens: number): void {
    for (const listener of this.listeners) listener(citizens);
  }

  listen(listener: EvaluationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stats(): Promise<ResultStats> {
    const held = await Promise.allSettled([...this.entries.values()].map((e) => e.ready));
    const results = held.flatMap((h) => (h.status === "fulfilled" ? [h.value as Results] : []));
    return {
      kommuner: results.length,
      citizens: results.reduce((n, r) => n + r.citizens.size, 0),
      obligations: results.reduce((n, r) => n + r.obligations(), 0),
      capacity: this.capacity,
    };
  }
}

const stores = perDatabase((db: Db) => new ResultStore(db));

/** The kommune's results at `state` (its version and rule set) as of `asOf`. */
export function kommuneResults(db: Db, kommunekode: string, state: KommuneState, asOf: string): Promise<KommuneResults> {
  return stores(db).get(kommunekode, state, asOf);
}

/** Evaluate the kommuner this process holds for `db` as of `asOf` (see `renew`). */
export function renewKommuneResults(db: Db, asOf: string): Promise<void> {
  return stores(db).renew(asOf);
}

/** Calls `listener` with the number of citizens of every evaluation on `db`; returns the unsubscribe. */
export function onEvaluation(db: Db, listener: EvaluationListener): () => void {
  return stores(db).listen(listener);
}

/** How much this process holds for `db`: kommuner, citizens and obligations, and the capacity in citizens. */
export function resultStats(db: Db): Promise<ResultStats> {
  return stores(db).stats();
}

/** Sets how many citizens this process keeps for `db` (the bench and tests size it). */
export function setResultCapacity(db: Db, citizens: number): void {
  stores(db).capacity = citizens;
}

/** compare()'s row for each citizen's current forløb, computed once per citizen result. */
export function compareRows(results: KommuneResults, citizenIds: Iterable<string>): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const id of citizenIds) {
    const result = results.citizens.get(id);
    if (!result?.current) continue;
    result.compare ??= compareValid({ ruleSet: results.ruleSet, asOf: results.asOf, forloeb: [result.current], samtaler: [], anmodninger: [] }).rows[0];
    if (!result.compare) continue;
    rows.push(result.compare);
  }
  return rows;
}
