/** A requirement: at least `required` meetings of one of `kinds`, dated in [from, to]. */
export interface Demand {
  readonly from: number;
  readonly to: number;
  readonly required: number;
  readonly kinds: readonly string[];
}

/**
 * The latest minimum schedule satisfying every demand: each meeting is of one kind and counts
 * toward every demand that accepts its kind and contains its date; several may share a day.
 *
 * With one kind this is interval multi-cover, solved by the classic greedy: take demands by
 * earliest deadline and put each one's shortfall on its deadline. The result is minimal, and
 * minimal on every prefix too (no schedule has fewer meetings up to any day), so bucketing it
 * by period attributes each requirement to the period holding its deadline. A kind accepted by
 * every demand reduces the problem to one kind; demands with pairwise disjoint kind sets are
 * independent problems. Other mixes do not arise from the rule tables and are refused.
 */
export function latestCover(demands: readonly Demand[]): number[] {
  if (demands.length === 0) return [];
  const all = new Set(demands.flatMap((d) => d.kinds));
  for (const kind of all) if (demands.every((d) => d.kinds.includes(kind))) return singleKindCover(demands);
  const groups = new Map<string, Demand[]>();
  for (const d of demands) {
    const key = [...d.kinds].sort().join("+");
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const kindSets = [...groups.keys()].map((key) => key.split("+"));
  const overlapping = kindSets.some((a, i) => kindSets.slice(i + 1).some((b) => a.some((k) => b.includes(k))));
  if (overlapping) throw new Error(`latestCover: unsupported mix of meeting kinds (${[...groups.keys()].join(", ")})`);
  return [...groups.values()].flatMap(singleKindCover).sort((a, b) => a - b);
}

function singleKindCover(demands: readonly Demand[]): number[] {
  const sorted = [...demands].sort((a, b) => a.to - b.to);
  const points: number[] = [];
  for (const d of sorted) {
    let have = 0;
    for (const p of points) if (p >= d.from && p <= d.to) have++;
    for (let i = have; i < d.required; i++) points.push(d.to);
  }
  return points;
}
