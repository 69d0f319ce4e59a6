import type { Warning } from "@kontaktplan/schema";
import { formatDanishDate } from "../dates/danish.js";
import { notCoveredReason } from "../definitions/groups.js";
import type { ForloebFacts, MeetingFacts } from "./facts.js";

export function notCoveredWarning(f: ForloebFacts): Warning {
  return { code: "not-covered", forloebId: f.id, message: notCoveredReason(f.source) };
}

export function onRequestOnlyWarning(f: ForloebFacts): Warning {
  return {
    code: "on-request-only",
    forloebId: f.id,
    message: "Førtidspensionister har intet fast kontaktforløb, men ret til tre samtaler, hvis de ønsker det (Tabel 1, note).",
  };
}

/**
 * Dagpenge: the first jobcentre meeting is held after the a-kasse's CV-samtale (Tabel 1 and 2).
 * Warns when the earliest held jobcentre meeting precedes the earliest held CV-samtale, or when
 * a jobcentre meeting was held and no CV-samtale has been recorded at all.
 */
export function beforeCvWarning(f: ForloebFacts, meetings: readonly MeetingFacts[]): Warning | null {
  let firstJobcenter = Number.POSITIVE_INFINITY;
  let firstCv = Number.POSITIVE_INFINITY;
  for (const m of meetings) {
    if (m.status !== "afholdt") continue;
    if (m.kind === "cv") firstCv = Math.min(firstCv, m.day);
    else if (m.day >= f.start && m.day <= f.end) firstJobcenter = Math.min(firstJobcenter, m.day);
  }
  if (firstJobcenter === Number.POSITIVE_INFINITY || firstJobcenter >= firstCv) return null;
  const message =
    firstCv === Number.POSITIVE_INFINITY
      ? `Første samtale i jobcentret blev holdt ${formatDanishDate(firstJobcenter)}, men a-kassens CV-samtale er ikke registreret; den første samtale skal holdes efter CV-samtalen.`
      : `Første samtale i jobcentret blev holdt ${formatDanishDate(firstJobcenter)}, før a-kassens CV-samtale ${formatDanishDate(firstCv)}; den første samtale skal holdes efter CV-samtalen.`;
  return { code: "before-cv-meeting", forloebId: f.id, message };
}
