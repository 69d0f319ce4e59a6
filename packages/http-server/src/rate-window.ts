/**
 * A fixed-window rate limit per key (a client address), in this process's memory: enough to keep
 * one client from hammering an endpoint that answers without a session. Each worker counts for
 * itself, so the limit a client meets is at most the limit times the number of workers.
 */
export class RateWindow {
  private readonly windows = new Map<string, { started: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Count one request by `key` at `now` (ms); false when it is over the limit. */
  take(key: string, now: number): boolean {
    let window = this.windows.get(key);
    if (!window || now - window.started >= this.windowMs) {
      if (this.windows.size >= 10_000) this.sweep(now);
      window = { started: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return window.count <= this.max;
  }

  /** Forget the windows that have ended, so the map stays small. */
  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.started >= this.windowMs) this.windows.delete(key);
  }
}
