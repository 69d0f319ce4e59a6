/** What users read for the API's codes. */
import type { JointRule, ObligationStatus, RegimeFlag, RuleSet, SamtaleKind, SamtaleStatus, Ydelse } from "@kontaktplan/schema";

export const OBLIGATION_STATUS_LABEL: Record<ObligationStatus, string> = {
  met: "Opfyldt",
  open: "Åben",
  upcoming: "Kommende",
  missed: "Overskredet",
  lapsed: "Bortfaldet",
};

export const MEETING_STATUS_LABEL: Record<SamtaleStatus, string> = {
  planlagt: "Planlagt",
  afholdt: "Afholdt",
  aflyst: "Aflyst",
  udeblevet: "Udeblevet",
};

export const MEETING_KIND_LABEL: Record<SamtaleKind, string> = {
  individuel: "Individuel samtale",
  faelles: "Fællessamtale",
  cv: "CV-samtale",
  akasse: "Jobsamtale i a-kassen",
};

export const JOINT_RULE_LABEL: Record<JointRule, string> = {
  "joint-by-3-months": "Senest efter 3 måneder",
  "joint-by-6-months": "Senest efter 6 måneder",
  "joint-by-16-months": "Senest efter 16 måneder",
  "akasse-4-to-6-months": "4.–6. måned (a-kassen)",
  "joint-3-to-6-months": "4.–6. måned",
};

/** The benefit in running text ("Forløb på kontanthjælp"). */
export const YDELSE_LABEL: Record<Ydelse, string> = {
  dagpenge: "dagpenge",
  kontanthjaelp: "kontanthjælp",
  uddannelseshjaelp: "uddannelseshjælp",
  integrationsydelse: "integrationsydelse",
  sygedagpenge: "sygedagpenge",
  ressourceforloeb: "ressourceforløb",
  jobafklaringsforloeb: "jobafklaringsforløb",
  revalidering: "revalidering",
  ledighedsydelse: "ledighedsydelse",
  foertidspension: "førtidspension",
  fleksjob: "fleksjob",
  selvforsoergende: "selvforsørgelse",
  ingen: "ingen ydelse",
};

/** The rule set in running text ("efter regelsættet LAB"). */
export const RULE_SET_LABEL: Record<RuleSet, string> = {
  lab: "LAB",
  forenklet: "forenklet kontaktforløb",
  lab2020: "LAB 2019 (2020–2023)",
  lab2024: "LAB 2024",
  lab2026: "LAB 2026 (foreløbig)",
  gaeldende: "den gældende lov",
};

/** Why a `lab2026` obligation is marked provisional (RULES.md §8), with its source. */
export const PROVISIONAL_NOTE =
  "Foreløbig: bygger på STAR's vejledning, ikke lovteksten. Lov nr. 1750 af 29. december 2025 om mere fleksible kontaktforløb gælder fra 1. juli 2026, men dens ordlyd af §§ 31–32 var ikke tilgængelig, da reglen blev skrevet.";

/** The forløb flags of RULES.md §8 as the jobcentre sets them. */
export const REGIME_FLAG_LABEL: Record<RegimeFlag, string> = {
  faellessamtaleInden3Mdr: "A-kassen vurderer behov for en fællessamtale inden 3 måneder",
  visiteretTilJobcenter: "Visiteret til kontaktforløb i jobcentret (§ 27, stk. 3)",
  undtaget: "Undtaget fra minimumskrav efter konkret vurdering",
};

/** What each flag does to the deadlines, and under which rules, beside its checkbox. */
export const REGIME_FLAG_HELP: Record<RegimeFlag, string> = {
  faellessamtaleInden3Mdr:
    "Dagpenge, LAB 2019 (forløb med start 2020–2023): a-kassen har ud fra en helhedsorienteret vurdering fundet behov for en fællessamtale, eller jobcentret eller borgeren har bedt om den. Så skal den holdes senest efter 3 måneders ledighed (LAB § 31, stk. 2, nr. 1).",
  visiteretTilJobcenter:
    "Dagpenge fra 2024: borgeren er visiteret til et kontaktforløb i jobcentret fra start. Så holder jobcentret 6 jobsamtaler i de første 6 måneder, og a-kassen holder ikke de første samtaler (LAB § 31, stk. 1).",
  undtaget:
    "Fra 1. juli 2026 (foreløbig): kommunen har efter en konkret vurdering undtaget borgeren fra minimumskravet til antal jobsamtaler. Gælder dagpenge, jobparat kontanthjælp og ledighedsydelse, højst 25 % af gruppen; første samtale, 16-måneders samtalen og samtaler efter ønske gælder stadig.",
};
