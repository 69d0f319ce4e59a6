import type { AdminAction } from "@kontaktplan/schema";

/** What each administration action is called in the audit view. */
export const ACTION_LABEL: Record<AdminAction, string> = {
  "admin.organisation.create": "Organisation oprettet",
  "admin.user.create": "Bruger oprettet",
  "admin.user.update": "Bruger ændret",
  "admin.user.deactivate": "Bruger deaktiveret",
  "admin.user.reactivate": "Bruger genaktiveret",
  "admin.user.reset-password": "Adgangskode nulstillet",
  "admin.team.create": "Team oprettet",
  "admin.team.rename": "Team omdøbt",
  "admin.citizen.assign": "Borger fordelt",
  "admin.setting.rule-set": "Regelsæt ændret",
  "admin.account.change-password": "Egen adgangskode skiftet",
  "admin.account.end-session": "Session afsluttet",
  "admin.account.calendar-feed-create": "Kalenderabonnement oprettet",
  "admin.account.calendar-feed-revoke": "Kalenderabonnement tilbagekaldt",
};

/** A date-time as Danes read it, in Copenhagen: "6. januar 2025 kl. 09:30". */
export function formatInstant(iso: string): string {
  return new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}
