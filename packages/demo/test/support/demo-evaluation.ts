import { evaluate, formatDay, isInvalid, type Day } from "@kontaktplan/rules";
import { DEFAULT_RULE_SET, type EvaluationResult, type RuleSet } from "@kontaktplan/schema";
import type { DemoData } from "../../src/demo-data.js";

/** One citizen's stored demo data as the rules engine's input, the way the API hands it over. */
export function evaluationInput(d: DemoData, citizenId: string, today: Day, ruleSet: RuleSet = DEFAULT_RULE_SET) {
  const forloeb = d.forloeb.filter((f) => f.citizenId === citizenId);
  const ids = new Set(forloeb.map((f) => f.id));
  return {
    ruleSet,
    asOf: formatDay(today),
    forloeb: forloeb.map((f) => ({
      id: f.id,
      borgerId: citizenId,
      ydelse: f.ydelse,
      start: f.start,
      end: f.end,
      visitation: f.visitation,
      hjaelpstype: f.hjaelpstype,
      forventetFravaerOver8Uger: f.forventetFravaerOver8Uger,
      risikoUarbejdsdygtigEfter4Aar: f.risikoUarbejdsdygtigEfter4Aar,
      akasseFravalgt: f.akasseFravalgt,
      iIntegrationsprogram: f.iIntegrationsprogram,
      visitationsdato: f.visitationsdato,
      pauses: d.pauses.filter((p) => p.forloebId === f.id).map((p) => ({ from: p.from, to: p.to })),
    })),
    samtaler: d.meetings
      .filter((m) => ids.has(m.forloebId))
      .map((m) => ({ id: m.id, forloebId: m.forloebId, date: m.date, kind: m.kind, status: m.status, form: m.form })),
    anmodninger: d.requests.filter((r) => ids.has(r.forloebId)).map((r) => ({ id: r.id, forloebId: r.forloebId, date: r.date, by: r.by })),
  };
}

/** The rules engine's result for one demo citizen; a refused input fails the calling test with the engine's errors. */
export function evaluateCitizen(d: DemoData, citizenId: string, today: Day): EvaluationResult {
  const result = evaluate(evaluationInput(d, citizenId, today));
  if (isInvalid(result)) throw new Error(`citizen ${citizenId}: ${JSON.stringify(result.errors)}`);
  return result;
}
