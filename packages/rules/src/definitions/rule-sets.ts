import type { LegalSource, RuleSet } from "@kontaktplan/schema";
import type { TargetGroup } from "./groups.js";
import { SEED } from "./legal-text.js";
import type { RuleDefinition } from "./types.js";

const months = (n: number) => ({ n, unit: "months" as const });
const weeks = (n: number) => ({ n, unit: "weeks" as const });

function basis(ruleSet: RuleSet, source: LegalSource, row: string, text: string) {
  return Object.freeze({ ruleSet, source, row, text });
}

const KONTANT_UDDANNELSE: readonly TargetGroup[] = [
  "kontanthjaelp-jobparat",
  "kontanthjaelp-aktivitetsparat",
  "uddannelseshjaelp-uddannelsesparat",
  "uddannelseshjaelp-aabenlyst",
  "uddannelseshjaelp-aktivitetsparat",
];

/** Every group the simplified rules cover (Tabel 2) except dagpenge, which has rows of its own. */
const FORENKLET_OTHERS: readonly TargetGroup[] = [
  ...KONTANT_UDDANNELSE,
  "sygedagpenge",
  "ressourceforloeb",
  "jobafklaringsforloeb",
  "revalidering",
  "ledighedsydelse",
];

const T2_OTHERS_ROW =
  "Kontanthjælps-, uddannelseshjælps- og sygedagpengemodtagere, jobafklaringsforløb, ressourceforløb, revalidender og ledighedsydelsesmodtagere";

/** Tabel 2 and the "Initiativ" text: the simplified kontaktforløb. */
const FORENKLET: readonly RuleDefinition[] = [
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
    groups: FORENKLET_OTHERS,
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
    groups: ["dagpenge", ...FORENKLET_OTHERS],
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale efter ønske",
    legalBasis: basis("forenklet", "Initiativ", "Ret til samtaler efter ønske", SEED.forenklet.onRequest),
  },
];

/** Tabel 1: the rules of LAB before the reform. */
const LAB: readonly RuleDefinition[] = [
  {
    id: "first-meeting",
    ruleSet: "lab",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: null, to: weeks(6) },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale senest efter 6 ugers ledighed",
    legalBasis: basis("lab", "Tabel 1", "Dagpengemodtagere, første samtale", SEED.lab.dagpengeFirst),
  },
  {
    id: "monthly-first-6-months",
    ruleSet: "lab",
    groups: ["dagpenge"],
    window: { type: "chain", months: 1, offsetMonths: 0, anchor: "start", occurrences: { first: 2, last: 6 } },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale i {k}. ledighedsmåned",
    legalBasis: basis("lab", "Tabel 1", "Dagpengemodtagere, samtaler efter den første samtale", SEED.lab.dagpengeMonthly),
  },
  {
    id: "akasse-4-to-6-months",
    ruleSet: "lab",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: months(4), to: months(6) },
    required: 1,
    kinds: "faelles-diamond",
    label: "Samtale med a-kassens deltagelse mellem 4 og 6 måneders ledighed",
    legalBasis: basis("lab", "Tabel 1", "Dagpengemodtagere, samtaler efter den første samtale", SEED.lab.dagpengeAkasse4to6),
  },
  {
    id: "quarterly-after-6-months",
    ruleSet: "lab",
    groups: ["dagpenge"],
    window: { type: "chain", months: 3, offsetMonths: 6, anchor: "start" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale for hver 3 måneders ledighed efter de første 6 måneder ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Dagpengemodtagere, samtaler efter den første samtale", SEED.lab.dagpengeQuarterly),
  },
  {
    id: "joint-by-16-months",
    ruleSet: "lab",
    groups: ["dagpenge"],
    window: { type: "benefit-period", from: months(6), to: months(16) },
    required: 1,
    kinds: "faelles-diamond",
    label: "16-måneders samtale med a-kassen senest efter 16 måneders ledighed",
    legalBasis: basis("lab", "Tabel 1", "Dagpengemodtagere, samtaler efter den første samtale", SEED.lab.dagpenge16),
  },
  {
    id: "first-meeting",
    ruleSet: "lab",
    groups: KONTANT_UDDANNELSE,
    window: { type: "from-start-days", days: 7 },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale inden for 1 uge fra første henvendelse",
    legalBasis: basis("lab", "Tabel 1", "Kontant- og uddannelseshjælpsmodtagere, første samtale", SEED.lab.withinAWeek),
  },
  {
    id: "three-in-first-3-months",
    ruleSet: "lab",
    groups: ["kontanthjaelp-jobparat", "uddannelseshjaelp-uddannelsesparat"],
    window: { type: "benefit-period", from: null, to: months(3) },
    required: 3,
    kinds: "jobcenter",
    label: "3 samtaler inden for de første 3 måneder (den første og mindst 2 mere)",
    legalBasis: basis(
      "lab",
      "Tabel 1",
      "Kontanthjælpsmodtagere, jobparate, og uddannelseshjælpsmodtagere, uddannelsesparate: samtaler efter den første samtale",
      SEED.lab.twoMoreInThreeMonths,
    ),
  },
  {
    id: "four-per-12-months",
    ruleSet: "lab",
    groups: ["kontanthjaelp-jobparat", "kontanthjaelp-aktivitetsparat"],
    window: { type: "chain", months: 12, offsetMonths: 0, anchor: "start" },
    required: 4,
    kinds: "jobcenter",
    label: "4 samtaler inden for hver 12 måneder ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Kontanthjælpsmodtagere, jobparate og aktivitetsparate: samtaler efter den første samtale", SEED.lab.fourPer12),
  },
  {
    id: "every-2-months",
    ruleSet: "lab",
    groups: ["uddannelseshjaelp-aktivitetsparat"],
    window: { type: "chain", months: 2, offsetMonths: 0, anchor: "start" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale for hver 2 måneder på ydelse ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Uddannelseshjælpsmodtagere, aktivitetsparate: samtaler efter den første samtale", SEED.lab.uddannelseAktivitetsparat),
  },
  {
    id: "first-meeting",
    ruleSet: "lab",
    groups: ["ledighedsydelse"],
    window: { type: "from-start-days", days: 21 },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale senest 3 uger efter ret til ledighedsydelse",
    legalBasis: basis("lab", "Tabel 1", "Ledighedsydelsesmodtagere, første samtale", SEED.lab.ledighedsydelseFirst),
  },
  {
    id: "every-3-months",
    ruleSet: "lab",
    groups: ["ledighedsydelse"],
    window: { type: "chain", months: 3, offsetMonths: 0, anchor: "visitationsdato" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale for hver 3 måneder på ledighedsydelse regnet fra visitationen ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Ledighedsydelsesmodtagere, samtaler efter den første samtale", SEED.lab.ledighedsydelseEvery3),
  },
  {
    id: "every-3-months",
    ruleSet: "lab",
    groups: ["revalidering"],
    window: { type: "chain", months: 3, offsetMonths: 0, anchor: "start" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale for hver 3 måneder på ydelse ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Revalidender", SEED.lab.revalidering),
  },
  {
    id: "six-per-12-months",
    ruleSet: "lab",
    groups: ["ressourceforloeb", "jobafklaringsforloeb"],
    window: { type: "chain", months: 12, offsetMonths: 0, anchor: "start" },
    required: 6,
    kinds: "jobcenter",
    label: "6 samtaler inden for hver 12 måneder ({k}. periode)",
    legalBasis: basis("lab", "Tabel 1", "Ressourceforløb og jobafklaringsforløb", SEED.lab.sixPer12),
  },
  {
    id: "six-in-6-months-after-3-5-years",
    ruleSet: "lab",
    groups: ["jobafklaringsforloeb"],
    requires: "risikoUarbejdsdygtigEfter4Aar",
    window: { type: "benefit-period", from: months(42), to: months(48) },
    required: 6,
    kinds: "jobcenter",
    label: "6 samtaler inden for 6 måneder efter 3½ år (risiko for fortsat uarbejdsdygtighed efter 4 år)",
    legalBasis: basis("lab", "Tabel 1", "Jobafklaringsforløb", SEED.lab.jobafklaringRisk),
  },
  {
    id: "first-meeting",
    ruleSet: "lab",
    groups: ["sygedagpenge"],
    window: { type: "benefit-period", from: null, to: weeks(8) },
    required: 1,
    kinds: "jobcenter",
    label: "Første samtale inden udgangen af 8. sygefraværsuge",
    legalBasis: basis("lab", "Tabel 1", "Sygedagpengemodtagere (forventet sygefravær over 8 uger), første samtale", SEED.lab.sygedagpengeFirst),
  },
  {
    id: "every-4-weeks",
    ruleSet: "lab",
    groups: ["sygedagpenge"],
    window: { type: "after-each-held-meeting", days: 28 },
    required: 1,
    kinds: "jobcenter",
    label: "Opfølgning senest 4 uger efter samtalen {m}",
    legalBasis: basis("lab", "Tabel 1", "Sygedagpengemodtagere (forventet sygefravær over 8 uger), samtaler efter den første samtale", SEED.lab.sygedagpengeEvery4Weeks),
  },
  {
    id: "requested-meeting",
    ruleSet: "lab",
    groups: [
      "dagpenge",
      ...KONTANT_UDDANNELSE,
      "sygedagpenge",
      "ressourceforloeb",
      "jobafklaringsforloeb",
      "revalidering",
      "ledighedsydelse",
    ],
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale efter ønske",
    // RULES.md §5 applies the request rule of §4 under LAB too; its wording is in the Initiativ text.
    legalBasis: basis("lab", "Initiativ", "Ret til samtaler efter ønske (anvendt som i det forenklede forløb)", SEED.forenklet.onRequest),
  },
];

/** Førtidspension in both rule sets: three meetings on request (Tabel 1, note). */
function foertidspensionRule(ruleSet: RuleSet): RuleDefinition {
  return {
    id: "requested-meeting",
    ruleSet,
    groups: ["foertidspension"],
    window: { type: "per-request" },
    required: 1,
    kinds: "jobcenter",
    label: "Samtale efter ønske (førtidspension, højst 3)",
    legalBasis: basis(ruleSet, "Tabel 1, note", "Førtidspensionister", SEED.lab.foertidspension),
  };
}

export const RULE_DEFINITIONS: Readonly<Record<RuleSet, readonly RuleDefinition[]>> = {
  lab: [...LAB, foertidspensionRule("lab")],
  forenklet: [...FORENKLET, foertidspensionRule("forenklet")],
};

/** The rules of one rule set for one target group, in table order (built once). */
export const RULES_BY_GROUP: Readonly<Record<RuleSet, ReadonlyMap<TargetGroup, readonly RuleDefinition[]>>> = {
  lab: indexByGroup(RULE_DEFINITIONS.lab),
  forenklet: indexByGroup(RULE_DEFINITIONS.forenklet),
};

function indexByGroup(rules: readonly RuleDefinition[]): ReadonlyMap<TargetGroup, readonly RuleDefinition[]> {
  const map = new Map<TargetGroup, RuleDefinition[]>();
  for (const rule of rules) {
    for (const group of rule.groups) {
      const list = map.get(group) ?? [];
      list.push(rule);
      map.set(group, list);
    }
  }
  return map;
}
