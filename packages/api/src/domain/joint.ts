/**
 * Joint meetings (fællessamtaler) against the obligations that call for them: finding the
 * obligation a booking or proposal is for, and keeping meeting times inside its window.
 */
import { eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { evaluateValid, formatDanishDate, parseDay } from "@kontaktplan/rules";
import { JOINT_RULES, type JointRule, type Obligation } from "@kontaktplan/schema";
import { fieldError } from "../errors.js";
import type { VisibleForloeb } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { evaluationInputOf, loadCaseData } from "./case-data.js";
import { ruleSetFor } from "./rule-set.js";

export function isJointRule(rule: string): rule is JointRule {
  return (JOINT_RULES as readonly string[]).includes(rule);
}

/** The forløb's obligations today, under the rule set in force in the citizen's kommune. */
export async function obligationsOf(tx: Db, target: VisibleForloeb, now: Date): Promise<Obligation[]> {
  const { ruleSet } = await ruleSetFor(tx, target.kommunekode);
  const data = await loadCaseData(tx, eq(tables.forloeb.id, target.forloeb.id));
  return evaluateValid(evaluationInputOf(data, ruleSet, copenhagenToday(now))).obligations;
}

/** The joint obligation a booking or proposal names; it must exist and not be met already. */
export async function requireJointObligation(tx: Db, target: VisibleForloeb, rule: JointRule, occurrence: number, now: Date): Promise<Obligation> {
  const obligation = (await obligationsOf(tx, target, now)).find((o) => o.rule === rule && o.occurrence === occurrence);
  if (!obligation) throw fieldError("rule", "Forløbet har ingen sådan frist for en fællessamtale under det gældende regelsæt");
  if (obligation.status === "met") throw fieldError("rule", "Fællessamtalen for denne frist er allerede afholdt");
  return obligation;
}

/**
 * `date` must lie in the window of every one of `obligations` (cut at the forløb's end), so moving
 * a meeting never leaves a deadline it was covering. Their windows all contain the meeting's
 * current date, so they always have days in common.
 */
export function requireInWindows(obligations: readonly Obligation[], end: string | null, date: string, path: string): void {
  const [first, ...rest] = obligations;
  if (!first) return;
  const from = rest.reduce((latest, o) => (o.from > latest ? o.from : latest), first.from);
  const to = obligations.reduce((earliest, o) => (o.to < earliest ? o.to : earliest), end ?? first.to);
  if (from <= date && date <= to) return;
  throw fieldError(
    path,
    `Tiden ligger uden for vinduet for fællessamtalen: den skal holdes mellem ${formatDanishDate(parseDay(from))} og ${formatDanishDate(parseDay(to))}`,
  );
}
