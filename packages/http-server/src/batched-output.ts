import type { LogLine } from "./request-log.js";

/** How long a line may wait for others to share its write. */
const FLUSH_AFTER_MS = 50;
/** Past this many characters waiting, they are written at once. */
const FLUSH_AT_CHARS = 64 * 1024;

export interface BatchedOutput {
  log: LogLine;
  /** Write what is waiting now (the server does on close). */
  flush: () => void;
}

/**
 * Lines gathered and written together: on Linux a write to a file or a pipe blocks the event
 * loop, and one write per request was a measurable share of a busy server's time (bench:api
 * profile). A line waits at most FLUSH_AFTER_MS; the timer does not keep the process alive.
 */
export function batchedOutput(write: (text: string) => void): BatchedOutput {
  let waiting: string[] = [];
  let chars = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const text = waiting.join("");
    waiting = [];
    chars = 0;
    write(text);
  };
  const log = (line: string) => {
    waiting.push(`${line}\n`);
    chars += line.length + 1;
    if (chars >= FLUSH_AT_CHARS) return flush();
    if (!timer) timer = setTimeout(flush, FLUSH_AFTER_MS).unref();
  };
  return { log, flush };
}
