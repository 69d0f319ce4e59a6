import { basis, COVERED, COVERED_EXCEPT_DAGPENGE, foertidspensionRule, KONTANT_UDDANNELSE, months, weeks } from "./common.js";
import type { RegimeDefinition, RuleDefinition } from "./types.js";

/**
 * LAB 2019 as enacted (lov nr. 548 af 7.5.2019, LBK 701/2022), in force 2020–2023, and
 * sygedagpengeloven § 13 b: the law's own sentences, which the rules below cite verbatim
 * (docs/source/lab-uddrag.md holds them in context).
 */
export const LAB2020_TEXT = {
  fourInSix:
    "For personer omfattet af § 6, nr. 1-5, 7 og 8, personer omfattet af § 6, nr. 9, som modtager ledighedsydelse, og personer omfattet af § 6, nr. 10, holder jobcenteret mindst fire individuelle jobsamtaler inden for de første 6 måneder, jf. § 9.",
  jointBy3:
    "En, som holdes, senest når personen har været ledig i 3 måneder, hvis arbejdsløshedskassen ud fra en helhedsorienteret vurdering af personens ledighedssituation finder, at personen har behov herfor, eller hvis jobcenteret eller personen anmoder herom.",
  joint3to6: "En, som tidligst holdes, når personen har været ledig i 3 måneder, og senest når personen har været ledig i 6 måneder.",
  firstWithinAWeek: "For personer omfattet af § 6, nr. 2-5, skal første jobsamtale holdes senest 1 uge fra første henvendelse til kommunen om hjælp.",
  onRequest: "Den enkelte person har ret til jobsamtaler, hvis personen anmoder herom.",
  joint16:
    "For personer omfattet af § 6, nr. 1, deltager arbejdsløshedskassen i en jobsamtale, senest når personen har været ledig i 16 måneder, medmindre personen ønsker, at arbejdsløshedskassen ikke deltager.",
  sygedagpengeFour: "skal der følges op mindst fire gange inden for det første halve år regnet fra første fraværsdag.",
  sygedagpengeFirst: "Der følges op første gang senest inden udgangen af ottende uge regnet fra første fraværsdag",
} as const;

const SYG = "Sygedagpengeloven § 13 b, stk. 1";
const SYG_ROW = "Sygedagpengemodtagere (forventet sygefravær over 8 uger)";
const DAGPENGE_ROW = "Dagpengemodtagere (§ 6, nr. 1)";

const RULES: readonly RuleDefinition[] = [
  {
    id: "first-meeting",
    ruleSet: "lab2020",
    groups: KONTANT_UDDANNELSE,
    window: { type: "from-start-days", days: 7 },
    required: 1,
    kinds: "jobcenter",
    label: "Første jobsamtale senest 1 uge fra første henvendelse",
    legalBasis: basis("lab2020", "LAB § 31, stk. 3", "Kontant-, uddannelses- og integrationsydelsesmodtagere (§ 6, nr. 2-5)", LAB2020_TEXT.firstWithinAWeek),
  },
  {
    id: "first-meeting",
    ruleSet: "lab2020",
    groups: ["sygedagpenge"],
    window: { type: "benefit-period", from: null, to: weeks(8) },
    required: 1,
    kinds: "jobcenter",
    label: "Første opfølgning inden udgangen af 8. sygefraværsuge",
    legalBasis: basis("lab2020", SYG, SYG_ROW, LAB2020_TEXT.sygedagpengeFirst),
  },
  {
    id: "four-in-six-months",
    ruleSet: "lab2020",
    groups: ["sygedagpenge"],
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 opfølgningssamtaler i det første halve år",
    legalBasis: basis("lab2020", SYG, SYG_ROW, LAB2020_TEXT.sygedagpengeFour),
  },
  {
    id: "joint-by-16-months",
    ruleSet: "lab2020",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: months(6), to: months(16) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Jobsamtale med a-kassens deltagelse senest efter 16 måneders ledighed",
    legalBasis: basis("lab2020", "LAB § 32, stk. 2", DAGPENGE_ROW, LAB2020_TEXT.joint16),
  },
  {
    id: "requested-meeting",
    ruleSet: "lab2020",
    groups: COVERED,
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Jobsamtale efter ønske",
    legalBasis: basis("lab2020", "LAB § 32, stk. 1", "Alle med kontaktforløb", LAB2020_TEXT.onRequest),
  },
  foertidspensionRule("lab2020"),
  {
    id: "four-in-six-months",
    ruleSet: "lab2020",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "individuel",
    label: "4 individuelle jobsamtaler i de første 6 måneder (fællessamtaler kommer oveni)",
    legalBasis: basis("lab2020", "LAB § 31, stk. 1", DAGPENGE_ROW, LAB2020_TEXT.fourInSix),
  },
  {
    id: "four-in-six-months",
    ruleSet: "lab2020",
    groups: COVERED_EXCEPT_DAGPENGE.filter((g) => g !== "sygedagpenge"),
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 individuelle jobsamtaler i de første 6 måneder",
    legalBasis: basis("lab2020", "LAB § 31, stk. 1", "Personer omfattet af § 6, nr. 2-5, 7-8, ledighedsydelse (nr. 9) og nr. 10", LAB2020_TEXT.fourInSix),
  },
  {
    id: "joint-by-3-months",
    ruleSet: "lab2020",
    groups: ["dagpenge"],
    when: { faellessamtaleInden3Mdr: true },
    window: { type: "benefit-period", from: null, to: months(3) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Fællessamtale med a-kassen senest efter 3 måneders ledighed (behov vurderet eller ønsket)",
    legalBasis: basis("lab2020", "LAB § 31, stk. 2, nr. 1", DAGPENGE_ROW, LAB2020_TEXT.jointBy3),
  },
  {
    id: "joint-3-to-6-months",
    ruleSet: "lab2020",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: months(3), to: months(6) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Fællessamtale med a-kassen mellem 3 og 6 måneders ledighed",
    legalBasis: basis("lab2020", "LAB § 31, stk. 2, nr. 2", DAGPENGE_ROW, LAB2020_TEXT.joint3to6),
  },
];

/** LAB 2019 as enacted: in force for forløb starting 1 January 2020 – 31 December 2023. */
export const LAB2020: RegimeDefinition = {
  regime: "lab2020",
  follows: "lab",
  changes:
    "LAB 2019 som vedtaget: mindst 4 individuelle jobsamtaler i de første 6 måneder for alle målgrupper; første samtale senest 1 uge efter henvendelse for kontant-, uddannelses- og integrationsydelse. For dagpengemodtagere deltager a-kassen oven i de 4 samtaler i en fællessamtale mellem 3 og 6 måneders ledighed, i en senest efter 3 måneder, når a-kassen vurderer behov for det, og i 16-måneders samtalen.",
  warnsBeforeCv: false,
  akasseHoldsMonths: null,
  rules: RULES,
};
