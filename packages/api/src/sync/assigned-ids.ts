/**
 * Handing the desktop's ids to `kontaktplan_new_id` (migration 0006) during a push: one queue per
 * table in `kontaktplan.assigned_ids`, set for the whole push and consumed change by change. The
 * queue is set again only when it does not start with the next change's ids (after a change was
 * refused, its ids are still at the front: a rolled-back savepoint gives them back).
 */
import { sql } from "drizzle-orm";
import type { Db } from "@kontaktplan/db";

type Pairs = readonly (readonly [string, string])[];

export class AssignedIds {
  /** What the setting holds, as far as we know; null when unknown. */
  #queue: Map<string, string[]> | null = null;

  constructor(
    private readonly tx: Db,
    /** The ids of each change still to replay, in order. */
    private readonly pending: readonly { id: string; createdIds: Pairs }[],
  ) {}

  /** Make the setting start with this change's ids (and hold every later change's after them). */
  async prepare(changeId: string, createdIds: Pairs): Promise<void> {
    if (this.#queue && startsWith(this.#queue, createdIds)) return;
    const from = this.pending.findIndex((c) => c.id === changeId);
    const rest = this.pending.slice(Math.max(from, 0)).flatMap((c) => c.createdIds);
    await this.tx.execute(sql`select set_config('kontaktplan.assigned_ids', ${JSON.stringify(rest)}, true)`);
    this.#queue = queues(rest);
  }

  /** A savepoint was rolled back: what the setting holds is no longer known. */
  forget(): void {
    this.#queue = null;
  }

  /** The change was applied: its ids were taken from the fronts of their tables' queues. */
  consumed(createdIds: Pairs): void {
    if (!this.#queue) return;
    for (const [table] of createdIds) this.#queue.get(table)?.shift();
  }
}

function queues(pairs: Pairs): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const [table, id] of pairs) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  return byTable;
}

function startsWith(queue: ReadonlyMap<string, readonly string[]>, createdIds: Pairs): boolean {
  const wanted = queues(createdIds);
  for (const [table, ids] of wanted) {
    const front = queue.get(table) ?? [];
    if (ids.some((id, i) => front[i] !== id)) return false;
  }
  return true;
}
