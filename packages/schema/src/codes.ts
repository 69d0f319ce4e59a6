/** Domain codes exactly as RULES.md §1 spells them. */

/**
 * The rule sets through time (RULES.md §8), one row each. A new regime is one new row here plus
 * its definitions file in @kontaktplan/rules. `inForceFrom`/`inForceTo` are inclusive ISO dates
 * (null = open); a regime never in force (`forenklet`, the seed's proposal) has `enacted: false`.
 * `gaeldende` picks, per forløb, the enacted regime in force on the forløb's start.
 */
export const REGIMES = [
  {
    ruleSet: "lab",
    name: "LAB (Tabel 1)",
    shortName: "LAB",
    enacted: true,
    inForceFrom: null,
    inForceTo: "2019-12-31",
    source: 'Lov om en aktiv beskæftigelsesindsats som gengivet i Tabel 1 i "Forenklet kontaktforløb"',
    provisional: false,
  },
  {
    ruleSet: "forenklet",
    name: "forenklet kontaktforløb (Tabel 2)",
    shortName: "Forenklet",
    enacted: false,
    inForceFrom: null,
    inForceTo: null,
    source: 'Tabel 2 og "Initiativ" i "Forenklet kontaktforløb" (forslaget fra 2018)',
    provisional: false,
  },
  {
    ruleSet: "lab2020",
    name: "LAB 2019 (2020–2023)",
    shortName: "LAB 2020",
    enacted: true,
    inForceFrom: "2020-01-01",
    inForceTo: "2023-12-31",
    source: "Lov nr. 548 af 7. maj 2019 (LBK nr. 701 af 2022) §§ 31–32; sygedagpengeloven § 13 b",
    provisional: false,
  },
  {
    ruleSet: "lab2024",
    name: "LAB 2024 (a-kassen holder de første samtaler)",
    shortName: "LAB 2024",
    enacted: true,
    inForceFrom: "2024-01-01",
    inForceTo: "2026-06-30",
    source: "Lov nr. 727 af 13. juni 2023 (LBK nr. 280 af 2024) §§ 31–32",
    provisional: false,
  },
  {
    ruleSet: "lab2026",
    name: "LAB 2026 (mere fleksible kontaktforløb, foreløbig)",
    shortName: "LAB 2026",
    enacted: true,
    inForceFrom: "2026-07-01",
    inForceTo: null,
    source: "Lov nr. 1750 af 29. december 2025 (foreløbig: efter STAR's vejledning)",
    provisional: true,
  },
] as const;
export type Regime = (typeof REGIMES)[number]["ruleSet"];
export type RegimeInfo = (typeof REGIMES)[number];
export const REGIME_CODES = REGIMES.map((r) => r.ruleSet) as [Regime, ...Regime[]];

/** "Den gældende lov": each forløb follows the regime in force on its start. */
export const GAELDENDE = "gaeldende";
export const RULE_SETS = [...REGIME_CODES, GAELDENDE] as [Regime | typeof GAELDENDE, ...(Regime | typeof GAELDENDE)[]];
export type RuleSet = Regime | typeof GAELDENDE;
/** What a kommune follows unless an administrator pins another rule set: the law in force. */
export const DEFAULT_RULE_SET: RuleSet = GAELDENDE;

export function regimeInfo(regime: Regime): RegimeInfo {
  const info = REGIMES.find((r) => r.ruleSet === regime);
  if (!info) throw new Error(`internal error: no description of regime ${regime}`);
  return info;
}

/** A rule set's Danish name for headings and sentences ("efter …"). */
export function ruleSetName(ruleSet: RuleSet): string {
  return ruleSet === GAELDENDE ? "den gældende lov (reglerne på forløbets startdato)" : regimeInfo(ruleSet).name;
}

/** A rule set's short Danish name for table cells. */
export function ruleSetShortName(ruleSet: RuleSet): string {
  return ruleSet === GAELDENDE ? "Gældende" : regimeInfo(ruleSet).shortName;
}

/** The enacted regime in force on an ISO date (RULES.md §8: `gaeldende`). */
export function regimeInForce(isoDate: string): Regime {
  let chosen: Regime = REGIMES[0].ruleSet;
  for (const r of REGIMES) if (r.enacted && (r.inForceFrom === null || r.inForceFrom <= isoDate)) chosen = r.ruleSet;
  return chosen;
}

export const YDELSER = [
  "dagpenge",
  "kontanthjaelp",
  "uddannelseshjaelp",
  "integrationsydelse",
  "sygedagpenge",
  "ressourceforloeb",
  "jobafklaringsforloeb",
  "revalidering",
  "ledighedsydelse",
  "foertidspension",
  "fleksjob",
  "selvforsoergende",
  "ingen",
] as const;
export type Ydelse = (typeof YDELSER)[number];

export const HJAELPSTYPER = ["kontanthjaelp", "uddannelseshjaelp"] as const;
export type Hjaelpstype = (typeof HJAELPSTYPER)[number];

/** Which visitation categories each benefit (or hjælpstype) admits. */
export const VISITATIONS_BY_HJAELP = {
  kontanthjaelp: ["jobparat", "aktivitetsparat"],
  uddannelseshjaelp: ["uddannelsesparat", "aabenlyst_uddannelsesparat", "aktivitetsparat"],
} as const satisfies Record<Hjaelpstype, readonly string[]>;

export const VISITATIONS = ["jobparat", "aktivitetsparat", "uddannelsesparat", "aabenlyst_uddannelsesparat"] as const;
export type Visitation = (typeof VISITATIONS)[number];

export const SAMTALE_KINDS = ["individuel", "faelles", "cv", "akasse"] as const;
export type SamtaleKind = (typeof SAMTALE_KINDS)[number];
/** Kinds the a-kasse holds without the jobcentre (RULES.md §8); they only count toward a-kasse rules. */
export const AKASSE_KINDS = ["cv", "akasse"] as const satisfies readonly SamtaleKind[];
export type AkasseKind = (typeof AKASSE_KINDS)[number];
/** Kinds that a jobcentre obligation can be satisfied by (RULES.md §1). */
export const JOBCENTER_KINDS = ["individuel", "faelles"] as const satisfies readonly SamtaleKind[];
export type JobcenterKind = Exclude<SamtaleKind, AkasseKind>;
/** Kinds only a dagpenge forløb may have (RULES.md §7). */
export const DAGPENGE_ONLY_KINDS = ["faelles", "cv", "akasse"] as const satisfies readonly SamtaleKind[];

export function isAkasseKind(kind: SamtaleKind): kind is AkasseKind {
  return kind === "cv" || kind === "akasse";
}

export const SAMTALE_STATUSES = ["planlagt", "afholdt", "aflyst", "udeblevet"] as const;
export type SamtaleStatus = (typeof SAMTALE_STATUSES)[number];

export const SAMTALE_FORMS = ["fremmoede", "telefon", "video", "digital"] as const;
export type SamtaleForm = (typeof SAMTALE_FORMS)[number];

export const ANMODNING_BY = ["borger", "jobcenter"] as const;
export type AnmodningBy = (typeof ANMODNING_BY)[number];

export const OBLIGATION_STATUSES = ["met", "lapsed", "missed", "upcoming", "open"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const RULE_IDS = [
  "first-meeting",
  "four-in-six-months",
  "joint-by-3-months",
  "joint-by-6-months",
  "joint-by-16-months",
  "requested-meeting",
  "monthly-first-6-months",
  "akasse-4-to-6-months",
  "quarterly-after-6-months",
  "three-in-first-3-months",
  "four-per-12-months",
  "every-2-months",
  "every-3-months",
  "six-per-12-months",
  "six-in-6-months-after-3-5-years",
  "every-4-weeks",
  "joint-3-to-6-months",
  "akasse-first-meeting",
  "akasse-three-in-3-months",
  "jobcenter-three-by-6-months",
  "six-in-six-months",
  "akasse-two-in-3-months",
  "jobcenter-two-by-6-months",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const WARNING_CODES = ["not-covered", "on-request-only", "request-beyond-right", "before-cv-meeting", "no-obligations"] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** The seed's own parts; the enacted regimes cite a law and section instead ("LAB § 31, stk. 1"). */
export const SEED_SOURCES = ["Tabel 1", "Tabel 2", "Initiativ", "Tabel 1, note"] as const;
export type LegalSource = string;

/** Forløb flags of RULES.md §8 (all default false). */
export const REGIME_FLAGS = ["faellessamtaleInden3Mdr", "visiteretTilJobcenter", "undtaget"] as const;
export type RegimeFlag = (typeof REGIME_FLAGS)[number];

/** Who a user is: jobcentre staff, a-kasse staff, or the national system administrator. */
export const USER_ROLE_CODES = ["sagsbehandler", "jobcenter_admin", "akasse", "akasse_admin", "system_admin"] as const;

/** Jobcentre staff: the roles that work with the caseload and the citizen pages. */
export const JOBCENTRE_ROLES = ["sagsbehandler", "jobcenter_admin"] as const satisfies readonly (typeof USER_ROLE_CODES)[number][];
export type JobcentreRole = (typeof JOBCENTRE_ROLES)[number];

/** Whether a user with this role is jobcentre staff (the portal's jobcentre pages, the desktop app). */
export function isJobcentreRole(role: string): role is JobcentreRole {
  return (JOBCENTRE_ROLES as readonly string[]).includes(role);
}

/** The organisations that take part in a kontaktforløb. */
export const ORGANISATION_KINDS = ["jobcenter", "akasse"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
