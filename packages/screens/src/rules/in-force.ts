/** When a regime applies, in words, and where it stands today (the "Regler" page). */
import type { RegimeInfo } from "@kontaktplan/schema";
import { formatDanishShortDate } from "@kontaktplan/ui";

type Dates = Pick<RegimeInfo, "enacted" | "inForceFrom" | "inForceTo" | "provisional">;

/** "1. januar 2020 – 31. december 2023", "fra 1. juli 2026", "til og med 31. december 2019". */
export function inForceText(r: Dates): string {
  if (!r.enacted) return "Aldrig i kraft som sådan";
  if (r.inForceFrom === null) return r.inForceTo === null ? "Altid" : `Til og med ${formatDanishShortDate(r.inForceTo)}`;
  return r.inForceTo === null
    ? `Fra ${formatDanishShortDate(r.inForceFrom)}`
    : `${formatDanishShortDate(r.inForceFrom)} – ${formatDanishShortDate(r.inForceTo)}`;
}

/** Whether forløb starting today follow the regime, did before, will later, or never did. */
export function standingText(r: Dates, today: string): string {
  if (!r.enacted) return "Forslag, aldrig vedtaget som sådan";
  const provisional = r.provisional ? " (foreløbig)" : "";
  if (r.inForceFrom !== null && today < r.inForceFrom) return `Kommende${provisional}`;
  if (r.inForceTo !== null && today > r.inForceTo) return "Tidligere regler";
  return `Gælder for forløb, der starter i dag${provisional}`;
}
