/**
 * A new day in Denmark moves every deadline's status, so each process's kept results (the kommuner's
 * in citizen-results.ts, the a-kasser's in akasse-results.ts) are evaluated again once a day. That
 * happens when the day turns, for everything the process holds, rather than when the morning's
 * first request finds yesterday's results: the first list of the day is then a kept one like any other.
 */
import type { Db } from "@kontaktplan/db";
import { copenhagenToday } from "../time.js";
import { renewAkasseResults } from "./akasse-results.js";
import { renewKommuneResults } from "./citizen-results.js";

/** How often the day is checked: the rollover needs no precision, and a minute's check costs nothing. */
const CHECK_EVERY_MS = 60_000;

/** Evaluate every kommune and a-kasse this process holds for `db` as of `asOf`, one at a time. */
export async function renewHeldResults(db: Db, asOf: string): Promise<void> {
  await renewKommuneResults(db, asOf);
  await renewAkasseResults(db, asOf);
}

/**
 * Renews the held results whenever `now` reaches a new day in Denmark (checked every minute; the
 * timer never keeps the process alive). Returns the stop.
 */
export function renewResultsEachDay(db: Db, now: () => Date, logError: (line: string) => void): () => void {
  let day = copenhagenToday(now());
  let running = false;
  const timer = setInterval(() => {
    const today = copenhagenToday(now());
    if (today === day || running) return;
    day = today;
    running = true;
    renewHeldResults(db, today)
      .catch((error: unknown) => logError(`de gemte resultater blev ikke beregnet for ${today}: ${error instanceof Error ? error.name : "ukendt fejl"}`))
      .finally(() => (running = false));
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
