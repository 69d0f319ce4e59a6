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

/** Rows per block of a SortedBlocks; a block past twice this is split in two. */
const BLOCK = 512;

/**
 * A long sorted list kept in blocks: an insert or a removal searches the blocks, then splices one
 * block of at most 2 × BLOCK rows, where splicing one array of an a-kasse's hundreds of thousands
 * of rows moved all of them (a tenth of a busy server's time, measured in bench:api's profile).
 * Every block holds at least one row, and each block's rows all come before the next block's.
 */
export class SortedBlocks<R> {
  private readonly blocks: R[][] = [];
  private size = 0;

  /** From rows already in `compare`'s order. */
  constructor(
    private readonly compare: Compare<R>,
    sorted: readonly R[] = [],
  ) {
    for (let i = 0; i < sorted.length; i += BLOCK) this.blocks.push(sorted.slice(i, i + BLOCK));
    this.size = sorted.length;
  }

  get length(): number {
    return this.size;
  }

  /** The block `row` has its place in: the first whose last row does not come before it, else the last. */
  private blockOf(row: R): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const block = defined(this.blocks[middle], "a block inside the bounds");
      if (this.compare(defined(block.at(-1), "a block's last row"), row) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(row: R): void {
    this.size++;
    const at = this.blockOf(row);
    const block = this.blocks[at];
    if (!block) return void this.blocks.push([row]);
    insertSorted(block, row, this.compare);
    if (block.length > 2 * BLOCK) this.blocks.splice(at, 1, block.slice(0, BLOCK), block.slice(BLOCK));
  }

  /** False when `row` (the very object) is not in its place. */
  remove(row: R): boolean {
    const at = this.blockOf(row);
    const block = this.blocks[at];
    if (!block || !removeSorted(block, row, this.compare)) return false;
    this.size--;
    if (block.length === 0) this.blocks.splice(at, 1);
    return true;
  }

  /** The rows from index `from` up to (not including) `to`, as Array.prototype.slice counts them. */
  slice(from: number, to = this.size): R[] {
    const rows: R[] = [];
    let start = 0;
    for (const block of this.blocks) {
      if (start >= to) break;
      const end = start + block.length;
      if (end > from) rows.push(...block.slice(Math.max(0, from - start), to - start));
      start = end;
    }
    return rows;
  }

  /** The rows `keep` keeps, in order: a plain loop over the blocks, for lists of hundreds of thousands. */
  filter(keep: (row: R) => boolean): R[] {
    const rows: R[] = [];
    for (const block of this.blocks) for (const row of block) if (keep(row)) rows.push(row);
    return rows;
  }
}
