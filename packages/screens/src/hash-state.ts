import { useCallback, useEffect, useRef, useState } from "react";

/** The query part of a hash route ("#/borger/x?sammenlign=1" → its parameters). */
export function hashParams(hash: string): URLSearchParams {
  const query = hash.indexOf("?");
  return new URLSearchParams(query === -1 ? "" : hash.slice(query + 1));
}

/** A hash route's path with parameters; none leaves the bare path. */
export function hashWith(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query === "" ? path : `${path}?${query}`;
}

export interface HashStateOptions {
  /** Correct the address without a history entry (e.g. a bookmarked page that no longer exists). */
  replace?: boolean;
}

/**
 * A page's state (filters, sort, search, page) kept in the URL's hash query: every change is a
 * browser history entry, so back and forward step through it, and a reload or a bookmark restores
 * it. History entries are pushed with the History API, which fires no hashchange, so the route
 * (and the focus that follows a new route) stays put.
 */
export function useHashState<T>(parse: (hash: string) => T, format: (value: T) => string): [T, (next: (previous: T) => T, options?: HashStateOptions) => void] {
  const [value, setValue] = useState(() => parse(window.location.hash));
  const current = useRef(value);
  useEffect(() => {
    const update = () => {
      current.current = parse(window.location.hash);
      setValue(current.current);
    };
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, [parse]);
  const set = useCallback(
    (next: (previous: T) => T, options: HashStateOptions = {}) => {
      const value = next(current.current);
      current.current = value;
      setValue(value);
      const hash = format(value);
      if (hash !== (window.location.hash || "#/")) {
        if (options.replace) window.history.replaceState(window.history.state, "", hash);
        else window.history.pushState(null, "", hash);
      }
    },
    [format],
  );
  return [value, set];
}
