/**
 * Coalescing of small database round trips (the DataLoader pattern): calls made while the event
 * loop handles one batch of I/O wait for the same query, run once on the next turn. Under load the
 * per-request cost of a session lookup or an audit insert then shrinks to a share of one query,
 * while every caller still waits for the real answer (nothing is cached, nothing is assumed).
 */
interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** Runs `flush` with everything queued since the last flush, once per turn of the event loop. */
function onNextTurn<Item, Result>(flush: (items: Item[]) => Promise<Result[]>): (item: Item) => Promise<Result> {
  let queue: { item: Item; waiter: Waiter<Result> }[] = [];
  const run = async () => {
    const batch = queue;
    queue = [];
    try {
      const results = await flush(batch.map((b) => b.item));
      // An answer may itself be undefined (a key not found, an insert's void): count, do not test them.
      if (results.length !== batch.length) throw new Error(`internal error: ${results.length} answers to ${batch.length} batched items`);
      results.forEach((result, i) => batch[i]?.waiter.resolve(result));
    } catch (error) {
      for (const b of batch) b.waiter.reject(error);
    }
  };
  return (item) =>
    new Promise<Result>((resolve, reject) => {
      if (queue.length === 0) setImmediate(() => void run());
      queue.push({ item, waiter: { resolve, reject } });
    });
}

/**
 * A batched lookup by key: one `load` per turn for all distinct keys asked for in it. Keys that
 * `load` does not return resolve to undefined.
 */
export function batchedLookup<K, V>(load: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>): (key: K) => Promise<V | undefined> {
  return onNextTurn<K, V | undefined>(async (keys) => {
    const found = await load([...new Set(keys)]);
    return keys.map((k) => found.get(k));
  });
}

/**
 * Batched inserts (group commit): one `insert` per turn for the rows of every caller, and each
 * caller's promise settles when that insert has committed or failed.
 */
export function batchedInsert<Row>(insert: (rows: readonly Row[]) => Promise<void>): (rows: readonly Row[]) => Promise<void> {
  const enqueue = onNextTurn<readonly Row[], void>(async (groups) => {
    const rows = groups.flat();
    if (rows.length > 0) await insert(rows);
    return groups.map(() => undefined);
  });
  return (rows) => (rows.length === 0 ? Promise.resolve() : enqueue(rows));
}

/** One instance of `make` per database handle, so batches never mix two databases. */
export function perDatabase<Db extends object, T>(make: (db: Db) => T): (db: Db) => T {
  const instances = new WeakMap<Db, T>();
  return (db) => {
    let instance = instances.get(db);
    if (instance === undefined) {
      instance = make(db);
      instances.set(db, instance);
    }
    return instance;
  };
}
