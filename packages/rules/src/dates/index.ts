/**
 * Browser-safe date helpers (`@kontaktplan/rules/dates`): day arithmetic, Danish formatting and
 * Copenhagen wall-clock time, without the holiday calendar, so server, web and desktop share them
 * with the engine.
 */
export { addMonths, formatDay, isoWeekday, parseDay, partsFromDay, type Day } from "./day.js";
export { formatDanishDate, formatDanishWeekdayDate } from "./danish.js";
export { isoWeekOf, mondayOf, mondayOfIsoWeek, type IsoWeek } from "./week.js";
export { COPENHAGEN, copenhagenDateTime, copenhagenInstant, copenhagenToday } from "./copenhagen.js";
