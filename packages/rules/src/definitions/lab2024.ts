import { basis, carryOver, COVERED_EXCEPT_DAGPENGE, KONTANT_UDDANNELSE, months } from "./common.js";
import { LAB2020 } from "./lab2020.js";
import type { RegimeDefinition, RuleDefinition } from "./types.js";

/**
 * LAB as amended by lov nr. 727 af 13.6.2023 (LBK 280/2024), in force 2024-01-01 – 2026-06-30:
 * the a-kasse holds the first 3 months of a dagpenge course. The law's own sentences
 * (docs/source/lab-uddrag.md); stk. 3 is quoted only as far as RULES.md §8 gives it.
 */
export const LAB2024_TEXT = {
  akasseThree:
    "Inden for de første 3 måneder, jf. § 9, holder arbejdsløshedskassen mindst tre individuelle jobsamtaler for personer omfattet af § 6, nr. 1, bortset fra personer også omfattet af § 27, stk. 3.",
  jobcenterThree: "Herefter, og senest inden personen har været ledig i 6 måneder, holder jobcenteret mindst tre individuelle jobsamtaler.",
  sixInSix:
    "Inden for de første 6 måneder, jf. § 9, holder jobcenteret mindst seks individuelle jobsamtaler for personer omfattet af § 6, nr. 1, som visiteres til et kontaktforløb i jobcenteret, jf. § 27, stk. 3.",
  othersFour: "mindst fire individuelle jobsamtaler inden for de første 6 måneder",
  akasseFirst:
    "For personer omfattet af § 6, nr. 1, bortset fra personer også omfattet af § 27, stk. 3, skal arbejdsløshedskassen senest 2 uger efter personens tilmelding som jobsøgende holde den første jobsamtale med personen.",
  firstWithinAWeek: "For personer omfattet af § 6, nr. 2-5, skal første jobsamtale holdes senest 1 uge fra første henvendelse til kommunen om hjælp.",
} as const;

const DAGPENGE_ROW = "Dagpengemodtagere (§ 6, nr. 1)";
const VISITED_ROW = "Dagpengemodtagere visiteret til kontaktforløb i jobcentret (§ 27, stk. 3)";

const RULES: readonly RuleDefinition[] = [
  {
    id: "akasse-first-meeting",
    ruleSet: "lab2024",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: false },
    window: { type: "from-start-days", days: 14 },
    required: 1,
    kinds: "akasse",
    label: "Første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende",
    legalBasis: basis("lab2024", "LAB § 31, stk. 4", DAGPENGE_ROW, LAB2024_TEXT.akasseFirst),
  },
  {
    id: "akasse-three-in-3-months",
    ruleSet: "lab2024",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: false },
    window: { type: "benefit-period", from: null, to: months(3) },
    required: 3,
    kinds: "akasse",
    label: "3 jobsamtaler i a-kassen i de første 3 måneder",
    legalBasis: basis("lab2024", "LAB § 31, stk. 1", DAGPENGE_ROW, LAB2024_TEXT.akasseThree),
  },
  {
    id: "jobcenter-three-by-6-months",
    ruleSet: "lab2024",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: false },
    window: { type: "benefit-period", from: months(3), to: months(6) },
    required: 3,
    kinds: "jobcenter",
    label: "3 jobsamtaler i jobcentret efter 3 og senest efter 6 måneders ledighed",
    legalBasis: basis("lab2024", "LAB § 31, stk. 1", DAGPENGE_ROW, LAB2024_TEXT.jobcenterThree),
  },
  {
    id: "six-in-six-months",
    ruleSet: "lab2024",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: true },
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 6,
    kinds: "jobcenter",
    label: "6 jobsamtaler i jobcentret i de første 6 måneder",
    legalBasis: basis("lab2024", "LAB § 31, stk. 1", VISITED_ROW, LAB2024_TEXT.sixInSix),
  },
  {
    id: "four-in-six-months",
    ruleSet: "lab2024",
    groups: COVERED_EXCEPT_DAGPENGE.filter((g) => g !== "sygedagpenge"),
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 individuelle jobsamtaler i de første 6 måneder",
    legalBasis: basis("lab2024", "LAB § 31, stk. 3", "Øvrige målgrupper med kontaktforløb", LAB2024_TEXT.othersFour),
  },
  {
    id: "first-meeting",
    ruleSet: "lab2024",
    groups: KONTANT_UDDANNELSE,
    window: { type: "from-start-days", days: 7 },
    required: 1,
    kinds: "jobcenter",
    label: "Første jobsamtale senest 1 uge fra første henvendelse",
    legalBasis: basis("lab2024", "LAB § 31, stk. 5", "Kontant-, uddannelses- og integrationsydelsesmodtagere (§ 6, nr. 2-5)", LAB2024_TEXT.firstWithinAWeek),
  },
  // The amendment rewrote § 31 only: § 32 (the 16-month meeting, requests), sygedagpengeloven § 13 b and førtidspension stay.
  ...carryOver(
    LAB2020.rules.filter((r) => !r.legalBasis.source.startsWith("LAB § 31")),
    "lab2024",
  ),
];

/** The a-kasse holds the first 3 months: in force for forløb starting 1 January 2024 – 30 June 2026. */
export const LAB2024: RegimeDefinition = {
  regime: "lab2024",
  follows: "lab2020",
  changes:
    "A-kassen overtager de første 3 måneder af et dagpengeforløb: første jobsamtale senest 2 uger efter tilmelding som jobsøgende og mindst 3 jobsamtaler i de første 3 måneder. Derefter holder jobcentret mindst 3 jobsamtaler, senest når personen har været ledig i 6 måneder. Personer visiteret til jobcentret (§ 27, stk. 3) har i stedet 6 jobsamtaler i jobcentret i de første 6 måneder. Fællessamtalerne ved 3 og 6 måneder bortfalder; 16-måneders samtalen består, og de øvrige målgrupper beholder 4 samtaler.",
  warnsBeforeCv: false,
  akasseHoldsMonths: 3,
  rules: RULES,
};
