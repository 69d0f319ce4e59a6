import { maskCprLike } from "@kontaktplan/schema";

/** Decoding rounds for a path: `%2530` is `%30` after one and `0` after two. */
const DECODE_ROUNDS = 3;

/**
 * Anything shaped like a CPR number is blanked before a line is logged, in whatever spelling it
 * arrived: with dots or dashes, in full-width digits, or percent-encoded in a path
 * (`/calendar/%30%31…`). Log lines are built from paths and error codes only, so this is the
 * second guard.
 */
export function redactCpr(text: string): string {
  return maskCprLike(percentDecoded(text), "xxxxxx-xxxx");
}

/** Every run of `%XX` that decodes to UTF-8, decoded; a malformed run stays as it is (never throws). */
function percentDecoded(text: string): string {
  let current = text;
  for (let round = 0; round < DECODE_ROUNDS && current.includes("%"); round++) {
    const next = current.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The prefix of calendar feed addresses, whose last segment is a secret token. */
export const FEED_PREFIX = "/calendar/feed/";

/** A request's path as it may be logged: never its query string, never a calendar feed's secret token. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  return path.startsWith(FEED_PREFIX) ? `${FEED_PREFIX}[hemmelig]` : path;
}
