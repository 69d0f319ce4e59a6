import { isAkasseKind, regimeInfo, type Regime, type Warning } from "@kontaktplan/schema";
import { formatDanishDate } from "../dates/danish.js";
import { notCoveredReason } from "../definitions/groups.js";
import type { Day } from "../dates/day.js";
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
    else if (!isAkasseKind(m.kind) && m.day >= f.start && m.day <= f.end) firstJobcenter = Math.min(firstJobcenter, m.day);
  }
  if (firstJobcenter === Number.POSITIVE_INFINITY || firstJobcenter >= firstCv) return null;
  const message =
    firstCv === Number.POSITIVE_INFINITY
      ? `Første samtale i jobcentret blev holdt ${formatDanishDate(firstJobcenter)}, men a-kassens CV-samtale er ikke registreret; den første samtale skal holdes efter CV-samtalen.`
      : `Første samtale i jobcentret blev holdt ${formatDanishDate(firstJobcenter)}, før a-kassens CV-samtale ${formatDanishDate(firstCv)}; den første samtale skal holdes efter CV-samtalen.`;
  return { code: "before-cv-meeting", forloebId: f.id, message };
}

/**
 * A covered forløb that got no obligation at all says why (RULES.md §6): exempted from every
 * minimum, ended before its first period, or a first period that begins after the horizon.
 */
export function noObligationsWarning(f: ForloebFacts, regime: Regime, exempted: boolean, horizon: Day): Warning {
  const name = regimeInfo(regime).name;
  const message = exempted
    ? `Forløbet er undtaget fra minimumskravene til jobsamtaler efter en konkret vurdering, og ${name} giver det ingen andre frister; der holdes samtaler efter behov og ønske.`
    : f.end < horizon
      ? `Forløbet sluttede ${formatDanishDate(f.end)}, før nogen frist efter ${name} begyndte.`
      : `Den første periode efter ${name} begynder efter beregningshorisonten ${formatDanishDate(horizon)}; fristerne vises, når den nærmer sig.`;
  return { code: "no-obligations", forloebId: f.id, message };
}
