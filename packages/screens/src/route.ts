import { useEffect, useState } from "react";

/**
 * A hash router: the server serves one index.html and knows nothing of the portal's pages,
 * and hash routes need no server fallback. Each page is a pure function of the parsed route.
 */
export type Route =
  | { page: "start" }
  | { page: "citizen"; citizenId: string }
  | { page: "newCitizen" }
  | { page: "booking"; forloebId: string; rule: string; occurrence: number }
  | { page: "member"; forloebId: string }
  | { page: "slots" }
  | { page: "calendar" }
  | { page: "notifications" }
  | { page: "compliance" }
  | { page: "compare" }
  | { page: "rules" }
  | { page: "account" }
  | { page: "users"; organisationId: string | null }
  | { page: "organisations" }
  | { page: "teams" }
  | { page: "assignment" }
  | { page: "audit" }
  | { page: "settings" }
  | { page: "unknown" };

/** The pages without parameters, by their path. */
const FIXED_PAGES = {
  tider: "slots",
  kalender: "calendar",
  notifikationer: "notifications",
  overblik: "compliance",
  regelsaet: "compare",
  regler: "rules",
  konto: "account",
  organisationer: "organisations",
  teams: "teams",
  fordeling: "assignment",
  log: "audit",
  indstillinger: "settings",
  "ny-borger": "newCitizen",
} as const;
type FixedPage = (typeof FIXED_PAGES)[keyof typeof FIXED_PAGES];

export function pageHref(page: FixedPage): string {
  const path = Object.entries(FIXED_PAGES).find(([, p]) => p === page)?.[0] ?? "";
  return `#/${path}`;
}

export function parseRoute(hash: string): Route {
  // A page's own state may follow its path as a query ("#/?status=missed"); it is not part of the route.
  const parts = hash.replace(/^#\/?/, "").replace(/\?.*$/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const [first, ...rest] = parts;
  if (first === undefined) return { page: "start" };
  const [second, third, fourth] = rest;
  if (first === "borger" && rest.length === 1 && second) return { page: "citizen", citizenId: second };
  if (first === "brugere" && rest.length <= 1) return { page: "users", organisationId: rest[0] ?? null };
  if (Object.hasOwn(FIXED_PAGES, first) && rest.length === 0) return { page: FIXED_PAGES[first as keyof typeof FIXED_PAGES] };
  if (first === "medlem" && rest.length === 1 && second) return { page: "member", forloebId: second };
  if (first === "medlem" && rest.length === 3 && second && third && fourth && /^\d+$/.test(fourth)) {
    return { page: "booking", forloebId: second, rule: third, occurrence: Number(fourth) };
  }
  return { page: "unknown" };
}

export function citizenHref(citizenId: string): string {
  return `#/borger/${encodeURIComponent(citizenId)}`;
}

/** The users page, of one organisation (the system admin's) or of the caller's own. */
export function usersHref(organisationId?: string): string {
  return organisationId === undefined ? "#/brugere" : `#/brugere/${encodeURIComponent(organisationId)}`;
}

/** An a-kasse member's page: the a-kasse's own jobsamtaler and the joint deadlines of one dagpenge forløb. */
export function memberHref(forloebId: string): string {
  return `#/medlem/${encodeURIComponent(forloebId)}`;
}

export function bookingHref(forloebId: string, rule: string, occurrence: number): string {
  return `#/medlem/${encodeURIComponent(forloebId)}/${encodeURIComponent(rule)}/${occurrence}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
