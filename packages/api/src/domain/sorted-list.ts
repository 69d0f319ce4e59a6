/**
 * Lists kept in a total order and updated in place: each row finds its one place by binary
 * search, so a change costs a search and a splice instead of sorting the whole list again.
 */
import { defined } from "@kontaktplan/rules";

export type Compare<R> = (a: R, b: R) => number;

/** The first index whose row does not come before `row`. */
function lowerBound<R>(rows: readonly R[], row: R, compare: Compare<R>): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(defined(rows[middle], "a row inside the bounds"), row) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function insertSorted<R>(rows: R[], row: R, compare: Compare<R>): void {
  rows.splice(lowerBound(rows, row, compare), 0, row);
}

/** False when `row` (the very object) is not in its place: the list was not kept in this order. */
export function removeSorted<R>(rows: R[], row: R, compare: Compare<R>): boolean {
  const at = lowerBound(rows, row, compare);
  if (rows[at] !== row) return false;
  rows.splice(at, 1);
  return true;
}
