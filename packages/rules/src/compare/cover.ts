import { defined } from "../defined.js";
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
 * by period attributes each requirement to the period holding its deadline. Demands whose kind
 * sets share no kind, directly or through others, are independent problems (the a-kasse's
 * jobsamtaler never meet a jobcentre demand); within one such component a kind accepted by every
 * demand reduces it to one kind. Other mixes do not arise from the rule tables and are refused.
 */
export function latestCover(demands: readonly Demand[]): number[] {
  return components(demands)
    .flatMap((part) => {
      const all = new Set(part.flatMap((d) => d.kinds));
      for (const kind of all) if (part.every((d) => d.kinds.includes(kind))) return singleKindCover(part);
      throw new Error(`latestCover: unsupported mix of meeting kinds (${[...new Set(part.map((d) => [...d.kinds].sort().join("+")))].join(", ")})`);
    })
    .sort((a, b) => a - b);
}

/** Split demands into groups linked by shared kinds (union–find over kinds). */
function components(demands: readonly Demand[]): Demand[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  for (const d of demands) for (const k of d.kinds) parent.set(find(k), find(defined(d.kinds[0], "a demand's first kind")));
  const parts = new Map<string, Demand[]>();
  for (const d of demands) {
    const root = find(defined(d.kinds[0], "a demand's first kind"));
    parts.set(root, [...(parts.get(root) ?? []), d]);
  }
  return [...parts.values()];
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
