/**
 * The caches of evaluated results keep their entries in a Map in order of use (an entry is
 * re-inserted when used), each weighing what it holds.
 */

/** Drop the least recently used entries until the total size fits `capacity`, never the one `keep` names. */
export function evictLeastRecent(entries: Map<string, { size: number }>, capacity: number, keep: string): void {
  let total = 0;
  for (const entry of entries.values()) total += entry.size;
  for (const [key, entry] of entries) {
    if (total <= capacity) break;
    if (key === keep) continue;
    entries.delete(key);
    total -= entry.size;
  }
}
