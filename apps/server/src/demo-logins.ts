import type { UserRole } from "@kontaktplan/db";
import type { DemoLogin } from "@kontaktplan/demo";

const ROLE_LABELS: Record<UserRole, string> = {
  sagsbehandler: "sagsbehandler",
  jobcenter_admin: "jobcenteradministrator",
  akasse: "a-kassemedarbejder",
  akasse_admin: "a-kasseadministrator",
  system_admin: "systemadministrator",
};

/** The demo logins as an aligned table for the terminal: e-mail, password, role, organisation. */
export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  const rows = [
    ["E-mail", "Adgangskode", "Rolle", "Organisation"],
    ...logins.map((l) => [l.email, l.password, ROLE_LABELS[l.role], l.organisation ?? "(hele systemet)"]),
  ];
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((r) => (r[column] ?? "").length)));
  const lines = rows.map(
    (r) =>
      `  ${r
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd()}`,
  );
  return `Demo-logins (fiktive brugere):\n${lines.join("\n")}\n`;
}

/** One line summarising what the seed wrote. */
export function formatSeedSummary(counts: Record<string, number>, ms: number): string {
  const n = (table: string) => counts[table] ?? 0;
  return (
    `Demodata indlæst på ${(ms / 1000).toFixed(1)} s: ${n("organisations")} organisationer, ${n("users")} brugere, ` +
    `${n("citizens")} borgere, ${n("forloeb")} forløb, ${n("meetings")} samtaler, ${n("requests")} anmodninger, ` +
    `${n("slots")} ledige tider, ${n("jointBookings")} bookinger, ${n("jointProposals")} forslag\n`
  );
}
