/**
 * Browser-safe date helpers (`@kontaktplan/rules/dates`): day arithmetic and Danish formatting,
 * without the holiday calendar, so web and desktop screens can share them with the engine.
 */
export { addMonths, formatDay, isoWeekday, parseDay, partsFromDay, type Day } from "./day.js";
export { formatDanishDate, formatDanishWeekdayDate } from "./danish.js";
export { isoWeekOf, mondayOf, mondayOfIsoWeek, type IsoWeek } from "./week.js";
