import { basis, COVERED_EXCEPT_DAGPENGE, foertidspensionRule, KONTANT_UDDANNELSE, months, weeks } from "./common.js";
import { SEED } from "./legal-text.js";
import type { RegimeDefinition, RuleDefinition } from "./types.js";

const T2_OTHERS_ROW =
  "Kontanthjælps-, uddannelseshjælps- og sygedagpengemodtagere, jobafklaringsforløb, ressourceforløb, revalidender og ledighedsydelsesmodtagere";

/** Tabel 2 and the "Initiativ" text: the simplified kontaktforløb the seed proposed (never in force as such). */
const RULES: readonly RuleDefinition[] = [
  {
    id: "four-in-six-months",
    ruleSet: "forenklet",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "individuel",
    label: "4 samtaler i løbet af de første 6 måneder (fællessamtaler kommer oveni)",
    legalBasis: basis("forenklet", "Tabel 2", "Dagpengemodtagere, første halvår", SEED.forenklet.fourInSix),
  },
  {
    id: "four-in-six-months",
    ruleSet: "forenklet",
    groups: COVERED_EXCEPT_DAGPENGE,
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 samtaler i løbet af de første 6 måneder",
    legalBasis: basis("forenklet", "Tabel 2", `${T2_OTHERS_ROW}, første halvår`, SEED.forenklet.fourInSix),
  },
  {
    id: "first-meeting",
    ruleSet: "forenklet",
    groups: KONTANT_UDDANNELSE,
    window: { type: "from-start-days", days: 7 },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale inden for 1 uge fra første henvendelse",
    legalBasis: basis("forenklet", "Tabel 2", `${T2_OTHERS_ROW}, første samtale`, SEED.forenklet.kontantFirst),
  },
  {
    id: "first-meeting",
    ruleSet: "forenklet",
    groups: ["sygedagpenge"],
    window: { type: "benefit-period", from: null, to: weeks(8) },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale inden udgangen af 8. sygefraværsuge",
    legalBasis: basis("forenklet", "Tabel 2", `${T2_OTHERS_ROW}, første samtale`, SEED.forenklet.sygedagpengeFirst),
  },
  {
    id: "joint-by-3-months",
    ruleSet: "forenklet",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: null, to: months(3) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Første fællessamtale med a-kassen senest efter 3 måneders ledighed",
    legalBasis: basis("forenklet", "Tabel 2", "Dagpengemodtagere, første halvår", SEED.forenklet.joint3and6),
  },
  {
    id: "joint-by-6-months",
    ruleSet: "forenklet",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 2,
    kinds: "faelles-diamond",
    label: "2 fællessamtaler med a-kassen senest efter 6 måneders ledighed",
    legalBasis: basis("forenklet", "Tabel 2", "Dagpengemodtagere, første halvår", SEED.forenklet.joint3and6),
  },
  {
    id: "joint-by-16-months",
    ruleSet: "forenklet",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: months(6), to: months(16) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Fællessamtale med a-kassen senest efter 16 måneders ledighed",
    legalBasis: basis("forenklet", "Tabel 2", "Dagpengemodtagere, efterfølgende opfølgning", SEED.forenklet.joint16),
  },
  {
    id: "requested-meeting",
    ruleSet: "forenklet",
    groups: ["dagpenge", ...COVERED_EXCEPT_DAGPENGE],
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale efter ønske",
    legalBasis: basis("forenklet", "Initiativ", "Ret til samtaler efter ønske", SEED.forenklet.onRequest),
  },
];

export const FORENKLET: RegimeDefinition = {
  regime: "forenklet",
  follows: "lab",
  changes:
    "Forslaget fra 2018 (Tabel 2): 4 samtaler i de første 6 måneder for alle målgrupper, første samtale senest 1 uge efter henvendelse for kontant- og uddannelseshjælp, og for dagpengemodtagere to fællessamtaler med a-kassen senest efter 3 og 6 måneders ledighed samt en 16-måneders samtale. Blev aldrig lov som sådan, men blev vedtaget med ændringer i LAB 2019.",
  warnsBeforeCv: true,
  akasseHoldsMonths: null,
  rules: [...RULES, foertidspensionRule("forenklet")],
};
