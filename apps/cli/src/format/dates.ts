import { formatDanishDate } from "@kontaktplan/rules";

const MS_PER_DAY = 86_400_000;

/**
 * "2025-01-06" → "6. januar 2025". The rules package formats day numbers (days since 1970-01-01)
 * but does not export its ISO parser; a date-only ISO string parses as UTC midnight, so the
 * division is exact.
 */
export function danishDate(iso: string): string {
  return formatDanishDate(Date.parse(iso) / MS_PER_DAY);
}
