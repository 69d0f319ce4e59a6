import { useEffect, useRef, type ReactNode } from "react";
import type { Me } from "@kontaktplan/schema";
import { TopBar } from "./TopBar.js";
import { consumeSignedIn, focusHeadingWhenShown } from "./focus-heading.js";
import { useUnsavedWarning } from "./unsaved-warning.js";

/**
 * Skip link, top bar and the main region. On every route change focus moves to the main region,
 * so keyboard and screen-reader users start reading the new page rather than the old position;
 * right after signing in, it moves to the first page's heading.
 */
export function Layout({ user, routeKey, children }: { user: Me; routeKey: string; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useUnsavedWarning(main);
  useEffect(() => (main.current && consumeSignedIn() ? focusHeadingWhenShown(main.current) : undefined), []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [routeKey]);
  return (
    <>
      {/* The hash is the router's, so the skip link moves focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#indhold"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        Spring til indhold
      </a>
      <TopBar user={user} />
      <main id="indhold" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
