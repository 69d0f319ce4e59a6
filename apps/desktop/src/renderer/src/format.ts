import { formatDanishDateTime } from "@kontaktplan/ui";

// Numeric parts only: their values do not depend on the browser's locale data, the Danish words come from @kontaktplan/ui.
const COPENHAGEN = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as Danes read it in Denmark, whatever the machine's time zone: "mandag 6. januar 2025 kl. 14:03". */
export function formatInstant(instant: string): string {
  const parts = Object.fromEntries(COPENHAGEN.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return formatDanishDateTime(`${parts["year"]}-${parts["month"]}-${parts["day"]}`, `${parts["hour"]}:${parts["minute"]}`);
}

/** "1 ændring", "3 ændringer". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
