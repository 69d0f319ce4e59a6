import { NavLinks, type NavLink } from "../components/NavLinks.js";
import { pageHref } from "../route.js";

const LINKS: NavLink[] = [
  { href: "#/", label: "Sagsstamme", current: (r) => r.page === "start" || r.page === "citizen" },
  { href: pageHref("slots"), label: "Tider til fællessamtaler", current: (r) => r.page === "slots" },
  { href: pageHref("calendar"), label: "Kalender", current: (r) => r.page === "calendar" },
  { href: pageHref("compliance"), label: "Overblik", current: (r) => r.page === "compliance" },
  { href: pageHref("compare"), label: "Regelsæt", current: (r) => r.page === "compare" },
];

/** The jobcentre's pages. */
export function JobcentreNav() {
  return <NavLinks label="Jobcenter" links={LINKS} />;
}
