/**
 * A bounded in-memory cache of values computed from versioned data: an entry serves every request
 * whose version is not newer than the one it was computed at, and concurrent misses share one
 * computation. The caller reads the version before computing, so a value is never older than the
 * version it is stored under.
 */
export interface VersionedCache<V> {
  get(key: string, version: number, compute: () => Promise<V>): Promise<V>;
}

export function versionedCache<V>(capacity: number): VersionedCache<V> {
  const entries = new Map<string, { version: number; value: Promise<V> }>();
  return {
    get(key, version, compute) {
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && hit.version >= version) {
        entries.set(key, hit); // most recently used last
        return hit.value;
      }
      const entry = { version, value: compute() };
      entries.set(key, entry);
      // A failure is not kept: the next request tries again.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return entry.value;
    },
  };
}
