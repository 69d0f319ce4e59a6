import { ruleSetName, type PlanResult } from "@kontaktplan/schema";
import { danishDate } from "./dates.js";
import { HOLDER_NAMES, MEETING_KIND_NAMES, ruleShortName } from "./labels.js";
import { renderTable } from "./table.js";

/** The plan as a caseworker reads it: suggested meetings in date order, then what cannot be met. */
export function renderPlan(result: PlanResult): string[] {
  const lines = [`Forslag til samtaler efter ${ruleSetName(result.ruleSet)}, opgjort ${danishDate(result.asOf)}`, ""];
  if (result.suggestions.length === 0) {
    lines.push("Ingen samtaler at foreslå: alle krav er opfyldt eller dækket af planlagte samtaler.");
  } else {
    lines.push(
      ...renderTable(
        [{ header: "Forløb" }, { header: "Dato" }, { header: "Holdes af" }, { header: "Samtaletype" }, { header: "Dækker" }, { header: "Begrundelse" }],
        result.suggestions.map((s) => [
          s.forloebId,
          danishDate(s.date),
          HOLDER_NAMES[s.holder],
          MEETING_KIND_NAMES[s.kind],
          s.covers.map((c) => ruleShortName(c.rule, c.occurrence)).join(", "),
          s.reason,
        ]),
      ),
    );
  }
  if (result.unplannable.length > 0) {
    lines.push(
      "",
      "Krav, der ikke kan nås:",
      "",
      ...renderTable(
        [{ header: "Forløb" }, { header: "Krav" }, { header: "Periode" }, { header: "Begrundelse" }],
        result.unplannable.map((u) => [u.forloebId, ruleShortName(u.rule, u.occurrence), `${danishDate(u.from)} – ${danishDate(u.to)}`, u.reason]),
      ),
    );
  }
  return lines;
}
