import { NavLinks, type NavLink } from "../components/NavLinks.js";
import { pageHref } from "../route.js";

const LINKS: NavLink[] = [
  { href: "#/", label: "Fællessamtaler", current: (r) => r.page === "start" || r.page === "booking" },
  { href: pageHref("calendar"), label: "Kalender", current: (r) => r.page === "calendar" },
];

/** The a-kasse's pages. */
export function AkasseNav() {
  return <NavLinks label="A-kasse" links={LINKS} />;
}
