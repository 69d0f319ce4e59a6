/** Domain codes exactly as RULES.md §1 spells them. */

export const RULE_SETS = ["lab", "forenklet"] as const;
export type RuleSet = (typeof RULE_SETS)[number];

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

export const VISITATIONS = [
  "jobparat",
  "aktivitetsparat",
  "uddannelsesparat",
  "aabenlyst_uddannelsesparat",
] as const;
export type Visitation = (typeof VISITATIONS)[number];

export const SAMTALE_KINDS = ["individuel", "faelles", "cv"] as const;
export type SamtaleKind = (typeof SAMTALE_KINDS)[number];
/** Kinds that a jobcentre obligation can be satisfied by (RULES.md §1). */
export type JobcenterKind = Exclude<SamtaleKind, "cv">;

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
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const WARNING_CODES = [
  "not-covered",
  "on-request-only",
  "request-beyond-right",
  "before-cv-meeting",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const LEGAL_SOURCES = ["Tabel 1", "Tabel 2", "Initiativ", "Tabel 1, note"] as const;
export type LegalSource = (typeof LEGAL_SOURCES)[number];
