/**
 * Tabel 1, sygedagpenge: a first meeting by `firstBy`, then after every held meeting M another
 * in [M+1, M+gap] — required while M+1 ≤ min(end, horizon) and M+gap ≤ end (a later deadline
 * lapses with the forløb).
 */
export interface ChainProblem {
  readonly start: number;
  readonly end: number;
  readonly horizon: number;
  readonly firstBy: number;
  readonly gap: number;
}

/**
 * The latest valid schedule: the first meeting on its deadline, each next one as late as its
 * window allows. Like `latestCover`, it has the fewest meetings up to every day.
 */
export function latestChain(p: ChainProblem): number[] {
  if (p.firstBy > p.end) return []; // the first deadline lapses: no chain ever starts
  const points = [p.firstBy];
  let last = p.firstBy;
  while (last + 1 <= Math.min(p.end, p.horizon) && last + p.gap <= p.end) {
    last += p.gap;
    points.push(last);
  }
  return points;
}
