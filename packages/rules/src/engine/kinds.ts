import type { SamtaleKind } from "@kontaktplan/schema";
import type { KindPolicy } from "../definitions/types.js";
import type { ForloebFacts } from "./facts.js";

const JOBCENTER: readonly SamtaleKind[] = Object.freeze(["individuel", "faelles"]);
const INDIVIDUEL: readonly SamtaleKind[] = Object.freeze(["individuel"]);
const FAELLES: readonly SamtaleKind[] = Object.freeze(["faelles"]);
const FAELLES_OR_INDIVIDUEL: readonly SamtaleKind[] = Object.freeze(["faelles", "individuel"]);
const AKASSE: readonly SamtaleKind[] = Object.freeze(["akasse", "cv"]);

/**
 * The meeting kinds that satisfy a rule for this forløb. ◊ rules accept an individual meeting
 * when the member declined the a-kasse's participation (RULES.md §1, `akasseFravalgt`); a-kasse rules
 * take the a-kasse's jobsamtaler, the CV-samtale included (RULES.md §8).
 */
export function kindsFor(policy: KindPolicy, f: ForloebFacts): readonly SamtaleKind[] {
  switch (policy) {
    case "jobcenter":
      return JOBCENTER;
    case "individuel":
      return INDIVIDUEL;
    case "faelles-diamond":
      return f.akasseFravalgt ? FAELLES_OR_INDIVIDUEL : FAELLES;
    case "akasse":
      return AKASSE;
  }
}
