import { useRoute, type Route } from "../route.js";

export interface NavLink {
  href: string;
  label: string;
  current: (route: Route) => boolean;
}

/** A named set of page links, the current one marked for screen readers (aria-current) and by eye. */
export function NavLinks({ label, links }: { label: string; links: readonly NavLink[] }) {
  const route = useRoute();
  return (
    <nav aria-label={label} className="topbar__nav">
      <ul>
        {links.map((l) => (
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
