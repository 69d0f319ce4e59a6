import { z } from "zod";
import { RULE_SETS, YDELSER } from "./codes.js";

/**
 * STAR counts the 2024 change as "fra 9 til 6 samtaler" because it also counts the a-kasse's
 * CV- and rådighedssamtaler, which the rules here do not model; every table of the figures says so.
 */
export const COMPARE_NOTE =
  'STAR omtaler 2024-ændringen som "fra 9 til 6 samtaler", fordi STAR også tæller a-kassens CV- og rådighedssamtaler med. Dem modellerer reglerne her ikke: tallene er kun minimumskravene til jobsamtaler i jobcentret og i a-kassen efter loven.';

/** The seed's concern: the periods in which the reform must not cut contact markedly. */
export const COMPARE_PERIODS = [
  { id: "0-6", label: "0–6 måneder", fromMonth: 0, toMonth: 6 },
  { id: "6-12", label: "6–12 måneder", fromMonth: 6, toMonth: 12 },
  { id: "12-24", label: "12–24 måneder", fromMonth: 12, toMonth: 24 },
] as const;
export const COMPARE_PERIOD_IDS = ["0-6", "6-12", "12-24"] as const;
export type ComparePeriodId = (typeof COMPARE_PERIOD_IDS)[number];

const MinimaByPeriod = z.object({ "0-6": z.number().int().min(0), "6-12": z.number().int().min(0), "12-24": z.number().int().min(0) });
export type MinimaByPeriod = z.infer<typeof MinimaByPeriod>;

/**
 * Minimum meetings each rule set requires for one forløb, per period: `minimum` counts the
 * jobcentre's meetings (individual and joint), `akasse` the a-kasse's own jobsamtaler, apart so
 * that the 2024 shift of the first meetings to the a-kasse stays visible.
 */
export const CompareRow = z.object({
  forloebId: z.string(),
  borgerId: z.string(),
  ydelse: z.enum(YDELSER),
  targetGroup: z.string(),
  targetGroupLabel: z.string(),
  minimum: z.partialRecord(z.enum(RULE_SETS), MinimaByPeriod),
  akasse: z.partialRecord(z.enum(RULE_SETS), MinimaByPeriod),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** Sums over all forløb of one target group. */
export const CompareGroupTotal = z.object({
  targetGroup: z.string(),
  targetGroupLabel: z.string(),
  forloeb: z.number().int().min(0),
  minimum: z.partialRecord(z.enum(RULE_SETS), MinimaByPeriod),
  akasse: z.partialRecord(z.enum(RULE_SETS), MinimaByPeriod),
});
export type CompareGroupTotal = z.infer<typeof CompareGroupTotal>;

export const CompareResult = z.object({
  ruleSets: z.array(z.enum(RULE_SETS)),
  rows: z.array(CompareRow),
  byTargetGroup: z.array(CompareGroupTotal),
});
export type CompareResult = z.infer<typeof CompareResult>;
