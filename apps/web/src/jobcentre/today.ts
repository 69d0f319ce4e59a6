/**
 * Today's calendar date in Denmark (yyyy-mm-dd) by the browser's clock, whatever time zone the
 * browser is set to: the jobcentre plans in Danish dates. Only numeric parts are read, which every
 * browser formats alike.
 */
export function copenhagenToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
