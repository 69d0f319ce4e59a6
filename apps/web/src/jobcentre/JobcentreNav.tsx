import { pageHref, useRoute, type Route } from "../route.js";

const LINKS: { href: string; label: string; current: (route: Route) => boolean }[] = [
  { href: "#/", label: "Sagsstamme", current: (r) => r.page === "start" || r.page === "citizen" },
  { href: pageHref("slots"), label: "Tider til fællessamtaler", current: (r) => r.page === "slots" },
  { href: pageHref("compliance"), label: "Overblik", current: (r) => r.page === "compliance" },
  { href: pageHref("compare"), label: "Regelsæt", current: (r) => r.page === "compare" },
];

/** The jobcentre's pages, the current one marked for screen readers (aria-current) and by eye. */
export function JobcentreNav() {
  const route = useRoute();
  return (
    <nav aria-label="Jobcenter" className="topbar__nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={l.current(route) ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
