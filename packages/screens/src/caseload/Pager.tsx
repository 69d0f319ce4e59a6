/**
 * Previous/next page controls. The buttons stay focusable at the ends (aria-disabled, not
 * disabled), so keyboard focus is never dropped when the last page is reached, and the current
 * page is announced politely when it changes.
 */
export function Pager({ page, pages, onPage, label }: { page: number; pages: number; onPage: (page: number) => void; label: string }) {
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <nav aria-label={label} className="pager">
      <button type="button" aria-disabled={atStart} onClick={() => (atStart ? undefined : onPage(page - 1))}>
        Forrige side
      </button>
      <span aria-live="polite" aria-atomic="true">
        Side {page} af {pages}
      </span>
      <button type="button" aria-disabled={atEnd} onClick={() => (atEnd ? undefined : onPage(page + 1))}>
        Næste side
      </button>
    </nav>
  );
}
