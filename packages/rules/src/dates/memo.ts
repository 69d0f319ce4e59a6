import type { Day } from "./day.js";

/**
 * Days 1970–2328 are looked up in arrays, faster than a Map in the engine's hot path. The arrays
 * are chunks of 1,024 days made as they are first needed: one array over all those days would be
 * mostly holes, and V8 keeps such an array as a hash table, no faster than the Map.
 */
const ARRAY_DAYS = 1 << 17;
const CHUNK_BITS = 10;
const CHUNK_DAYS = 1 << CHUNK_BITS;

/** Memoise a per-day formatter: an evaluation prints the same few hundred dates many times. */
export function memoByDay(format: (d: Day) => string): (d: Day) => string {
  const chunks: (string | undefined)[][] = [];
  const sparse = new Map<Day, string>();
  return (d: Day): string => {
    if (d >= 0 && d < ARRAY_DAYS) {
      const chunk = (chunks[d >> CHUNK_BITS] ??= new Array<string | undefined>(CHUNK_DAYS));
      const i = d & (CHUNK_DAYS - 1);
      let text = chunk[i];
      if (text === undefined) chunk[i] = text = format(d);
      return text;
    }
    let text = sparse.get(d);
    if (text === undefined) sparse.set(d, (text = format(d)));
    return text;
  };
}
