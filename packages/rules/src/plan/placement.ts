import type { Day } from "../dates/day.js";

/**
 * Pick `count` days from `candidates` (ascending working days), spreading them out: each pick
 * is the candidate farthest from every meeting already fixed, with the slack before the deadline
 * counted double — so meetings come early when nothing is booked, fill the widest gaps otherwise,
 * and a follow-up lands about two thirds into its window (day 19 of 28 after the last meeting)
 * rather than in the middle. Ties go to the earlier day.
 */
export function spreadDays(candidates: readonly Day[], fixed: readonly Day[], deadline: Day, count: number): Day[] {
  const posts = [...fixed];
  const free = new Set(candidates);
  const picked: Day[] = [];
  while (picked.length < count && free.size > 0) {
    let best: Day | undefined;
    let bestDistance = -1;
    for (const c of candidates) {
      if (!free.has(c)) continue;
      let distance = 2 * (deadline + 1 - c);
      for (const p of posts) distance = Math.min(distance, Math.abs(c - p));
      if (distance > bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    if (best === undefined) break;
    picked.push(best);
    posts.push(best);
    free.delete(best);
  }
  return picked.sort((a, b) => a - b);
}
