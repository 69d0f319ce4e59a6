/**
 * Today's calendar date in Denmark (yyyy-mm-dd) by the browser's clock, whatever time zone the
 * browser is set to: the jobcentre plans in Danish dates. Only numeric parts are read, which every
 * browser formats alike.
 */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenDateTime(now).date;
}

/** An instant as the Danish calendar date (yyyy-mm-dd) and wall-clock time (tt:mm) it fell on. */
export function copenhagenDateTime(instant: Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone: "Europe/Copenhagen",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}
