import type { Day } from "./day.js";

/** Days 1970–2328 are looked up in an array (faster than a Map in the engine's hot path). */
const ARRAY_DAYS = 1 << 17;

/** Memoise a per-day formatter: an evaluation prints the same few hundred dates many times. */
export function memoByDay(format: (d: Day) => string): (d: Day) => string {
  const dense: (string | undefined)[] = [];
  const sparse = new Map<Day, string>();
  return (d: Day): string => {
    if (d >= 0 && d < ARRAY_DAYS) {
      let text = dense[d];
      if (text === undefined) dense[d] = text = format(d);
      return text;
    }
    let text = sparse.get(d);
    if (text === undefined) sparse.set(d, (text = format(d)));
    return text;
  };
}
