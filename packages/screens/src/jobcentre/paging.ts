/**
 * One page of a list held in full. A page past the end (its last entries were answered and left
 * the list) shows the last page there is instead of nothing.
 */
export function pageSlice<T>(list: readonly T[], page: number, size: number): { items: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: list.slice((current - 1) * size, current * size), page: current, pages };
}
