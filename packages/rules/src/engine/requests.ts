import type { Obligation, Warning } from "@kontaktplan/schema";
import { formatDanishDate } from "../dates/danish.js";
import type { RuleDefinition } from "../definitions/types.js";
import type { EvaluationContext, ForloebFacts, MeetingFacts, RequestFacts } from "./facts.js";
import { kindsFor } from "./kinds.js";
import { buildObligation } from "./obligation.js";
import { openingOf } from "./opening.js";

/** Førtidspensionister have a right to three meetings on request (Tabel 1, note). */
const FOERTIDSPENSION_RIGHT = 3;

/**
 * One `requested-meeting` per request (RULES.md §4). The occurrence is the request's place
 * among the forløb's requests by date, then id; a request after `end` keeps its place but
 * makes no obligation. On førtidspension, requests past the third only raise a warning.
 */
export function requestObligations(
  rule: RuleDefinition,
  f: ForloebFacts,
  requests: readonly RequestFacts[],
  meetings: readonly MeetingFacts[],
  ctx: EvaluationContext,
  out: Obligation[],
  warnings: Warning[],
): void {
  const ordered = [...requests].sort((a, b) => a.day - b.day || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const capped = f.group === "foertidspension";
  const kinds = kindsFor(rule.kinds, f);
  ordered.forEach((r, index) => {
    const occurrence = index + 1;
    if (capped && occurrence > FOERTIDSPENSION_RIGHT) {
      warnings.push({
        code: "request-beyond-right",
        forloebId: f.id,
        anmodningId: r.source.id,
        message: `Anmodningen af ${formatDanishDate(r.day)} er nr. ${occurrence}; førtidspensionister har ret til ${FOERTIDSPENSION_RIGHT} samtaler efter ønske, så den giver ingen frist.`,
      });
      return;
    }
    if (r.day > f.end) return;
    const who = r.source.by === "borger" ? "borgerens" : "jobcentrets";
    const label = `${rule.label} – ${who} anmodning af ${formatDanishDate(r.day)}`;
    const obligation = buildObligation(rule, kinds, occurrence, r.day, r.day + ctx.anmodningFristDage, openingOf(label), f, meetings, ctx.asOf);
    obligation.anmodningId = r.source.id;
    out.push(obligation);
  });
}
