/** Compliance (compliance.summary). */
import { z } from "zod";
import { RULE_SETS } from "../codes.js";
import { IsoDate } from "../dates.js";
import { TARGET_GROUPS } from "../target-groups.js";
import { ApiDate } from "./common.js";

export const ComplianceQuery = z.object({ dueFrom: ApiDate.optional(), dueTo: ApiDate.optional() }).superRefine((v, ctx) => {
  if (v.dueFrom && v.dueTo && v.dueTo < v.dueFrom) {
    ctx.addIssue({ code: "custom", path: ["dueTo"], message: "Slutdatoen ligger før startdatoen" });
  }
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const ComplianceCounts = z.object({
  metOnTime: z.number().int().min(0),
  missed: z.number().int().min(0),
  /** Not yet met and not yet too late: open or upcoming. */
  open: z.number().int().min(0),
});
export type ComplianceCounts = z.infer<typeof ComplianceCounts>;

export const ComplianceRow = ComplianceCounts.extend({
  teamId: z.string().nullable(),
  teamName: z.string(),
  targetGroup: z.string(),
  targetGroupLabel: z.string(),
});
export type ComplianceRow = z.infer<typeof ComplianceRow>;

export const ComplianceByTargetGroup = ComplianceCounts.extend({ targetGroup: z.string(), targetGroupLabel: z.string() });
export type ComplianceByTargetGroup = z.infer<typeof ComplianceByTargetGroup>;

/** Per caseworker of the citizens (`caseworkerId` null: citizens without a caseworker). */
export const ComplianceByCaseworker = ComplianceCounts.extend({
  caseworkerId: z.string().nullable(),
  caseworkerName: z.string(),
  teamName: z.string(),
});
export type ComplianceByCaseworker = z.infer<typeof ComplianceByCaseworker>;

/**
 * One group of STAR's pool in the kommune: its active forløb (running today), how many of them are
 * `undtaget`, the ceiling as a share (25 %), and how many that allows.
 */
export const ExemptionQuota = z.object({
  targetGroup: z.enum(TARGET_GROUPS),
  targetGroupLabel: z.string(),
  active: z.number().int().min(0),
  exempted: z.number().int().min(0),
  ceiling: z.number().min(0).max(1),
  allowed: z.number().int().min(0),
});
export type ExemptionQuota = z.infer<typeof ExemptionQuota>;

export const ComplianceSummary = z.object({
  asOf: IsoDate,
  ruleSet: z.enum(RULE_SETS),
  /** Per team and target group. */
  rows: z.array(ComplianceRow),
  byTargetGroup: z.array(ComplianceByTargetGroup),
  byCaseworker: z.array(ComplianceByCaseworker),
  totals: ComplianceCounts,
  /** The exemption quota (RULES.md §8, 2026): active forløb per group of STAR's pool, and how many are exempted. */
  exemptions: z.array(ExemptionQuota),
});
export type ComplianceSummary = z.infer<typeof ComplianceSummary>;
