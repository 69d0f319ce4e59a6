import type { UserRoleCode } from "@kontaktplan/schema";
import { NavLinks, type NavLink } from "../components/NavLinks.js";
import { pageHref, usersHref } from "../route.js";

type Link = NavLink & { roles: readonly UserRoleCode[] | "all" };

const ADMINS = ["system_admin", "jobcenter_admin", "akasse_admin"] as const;

const LINKS: Link[] = [
  { href: pageHref("organisations"), label: "Organisationer", roles: ["system_admin"], current: (r) => r.page === "organisations" },
  { href: usersHref(), label: "Brugere", roles: ["jobcenter_admin", "akasse_admin"], current: (r) => r.page === "users" },
  { href: pageHref("teams"), label: "Teams", roles: ["jobcenter_admin"], current: (r) => r.page === "teams" },
  { href: pageHref("assignment"), label: "Fordeling af borgere", roles: ["jobcenter_admin"], current: (r) => r.page === "assignment" },
  { href: pageHref("settings"), label: "Indstillinger", roles: ["system_admin", "jobcenter_admin"], current: (r) => r.page === "settings" },
  { href: pageHref("audit"), label: "Log", roles: ADMINS, current: (r) => r.page === "audit" },
  { href: pageHref("rules"), label: "Regler", roles: "all", current: (r) => r.page === "rules" },
  { href: pageHref("account"), label: "Min konto", roles: "all", current: (r) => r.page === "account" },
];

/** Administration, the rules and the user's own account: the links the role has. */
export function AdminNav({ role }: { role: UserRoleCode }) {
  return <NavLinks label="Administration" links={LINKS.filter((l) => l.roles === "all" || l.roles.includes(role))} />;
}
