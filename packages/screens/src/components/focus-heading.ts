/**
 * After signing in, keyboard and screen-reader users start at the first page's heading, not at the
 * top of a document they have not seen. The login sets the flag; the layout consumes it.
 */
let justSignedIn = false;

export function markSignedIn(): void {
  justSignedIn = true;
}

export function consumeSignedIn(): boolean {
  const was = justSignedIn;
  justSignedIn = false;
  return was;
}

/** Focus the region's h1 once it is there (pages load lazily and then fetch); returns a cancel. */
export function focusHeadingWhenShown(region: HTMLElement): () => void {
  const tryFocus = (): boolean => {
    const heading = region.querySelector("h1");
    if (!heading) return false;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(region, { childList: true, subtree: true });
  return () => observer.disconnect();
}
