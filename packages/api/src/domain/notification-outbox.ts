/**
 * Notifications written by a call, held until it has finished: their e-mail goes out only once the
 * transaction that wrote them has committed (what a rolled-back call wrote is never found, so never
 * sent). The outermost call owns the outbox: a sync push's replays add to the push's.
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface Outbox {
  /** False on a desktop's local copy: notifications are the server's to write (when the push replays the change). */
  written: boolean;
  ids: string[];
}

const outboxes = new AsyncLocalStorage<Outbox>();

/** Whether this call writes notifications (outside any call, e.g. a test of a domain function: yes). */
export function notificationsWritten(): boolean {
  return outboxes.getStore()?.written ?? true;
}

/** Hand the call's new notifications to its outbox, for e-mail after it has finished. */
export function queueForMail(ids: readonly string[]): void {
  outboxes.getStore()?.ids.push(...ids);
}

/** Run a call with an outbox (unless an outer call has one); `deliver` gets what it wrote once it has finished. */
export async function withNotificationOutbox<T>(written: boolean, deliver: ((ids: string[]) => void) | null, work: () => Promise<T>): Promise<T> {
  if (outboxes.getStore()) return work();
  const outbox: Outbox = { written, ids: [] };
  const result = await outboxes.run(outbox, work);
  if (outbox.ids.length > 0) deliver?.(outbox.ids);
  return result;
}
