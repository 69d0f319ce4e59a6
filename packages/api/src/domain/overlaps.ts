/** Conflicts in a calendar: items whose times overlap, where both concern the same person. */

export interface TimedItem {
  id: string;
  /** Milliseconds since the epoch; `until` is exclusive, so back-to-back items do not overlap. */
  from: number;
  until: number;
  /** A cancelled meeting takes no time and overlaps nothing. */
  takesTime: boolean;
}

/**
 * For each item, the ids of the others it overlaps, among those `together` says concern the same
 * person (by default all of them: one caseworker's own calendar). Items are few per week, so
 * every pair is compared.
 */
export function overlapsOf<T extends TimedItem>(items: readonly T[], together: (a: T, b: T) => boolean = () => true): Map<string, string[]> {
  const found = new Map<string, string[]>(items.map((i) => [i.id, []]));
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) {
      if (!a.takesTime || !b.takesTime || !together(a, b)) continue;
      if (a.from < b.until && b.from < a.until) {
        found.get(a.id)?.push(b.id);
        found.get(b.id)?.push(a.id);
      }
    }
  });
  return found;
}
