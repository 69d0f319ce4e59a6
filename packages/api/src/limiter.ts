/**
 * A budget for expensive work: at most `running` at once, at most `waiting` more in line; past
 * that a call is refused at once rather than queued without end. It keeps a flood of one kind of
 * call (password hashing, whole-kommune overviews) from taking every core and all memory while
 * every other request waits behind it.
 */
export class Budget {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {}

  /** Runs `work` within the budget; null (without running it) when the line is full, unless `mayWait`. */
  async run<T>(work: () => Promise<T>, mayWait = false): Promise<{ value: T } | null> {
    if (this.active >= this.running) {
      if (!mayWait && this.queue.length >= this.waiting) return null;
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.active++;
    }
    try {
      return { value: await work() };
    } finally {
      // The finished call's place goes straight to the next in line.
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}
