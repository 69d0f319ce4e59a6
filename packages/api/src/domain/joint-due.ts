/**
 * An a-kasse's worklist: the fællessamtaler its members' ongoing dagpenge forløb still need, by
 * 3, 6 and 16 months (and 4–6 months under lab), and the a-kasse's own jobsamtaler that are due
 * (from 2024), overdue first. Each member is evaluated under the rule set in force in their own kommune.
 */
import { and, eq, gte, isNull, or, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { evaluateValid, parseDay } from "@kontaktplan/rules";
import { isAkasseKind, isAkasseObligation, type AkasseDueRow, type JointDueList, type JointDueRow, type Obligation } from "@kontaktplan/schema";
import type { AkasseScope } from "../tenancy/scope.js";
import { forloebVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { evaluationInputOf, groupBy, loadCaseData, type CaseData } from "./case-data.js";
import { isJointRule } from "./joint.js";
import { maskCpr, meetingRecordOf } from "./records.js";
import { ruleSetResolver } from "./rule-set.js";
import { matchesSearch, type Search } from "./search.js";

const { citizens, forloeb } = tables;

function subset(data: CaseData, forloebRows: CaseData["forloeb"]): CaseData {
  const ids = new Set(forloebRows.map((f) => f.id));
  return {
    forloeb: forloebRows,
    pauses: data.pauses.filter((p) => ids.has(p.forloebId)),
    meetings: data.meetings.filter((m) => ids.has(m.forloebId)),
    requests: data.requests.filter((r) => ids.has(r.forloebId)),
  };
}

const collator = new Intl.Collator("da");

function byUrgency(a: Pick<JointDueRow, "status" | "to" | "name">, b: Pick<JointDueRow, "status" | "to" | "name">): number {
  const overdue = Number(b.status === "missed") - Number(a.status === "missed");
  return overdue || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) || collator.compare(a.name, b.name);
}

/** A member's deadlines as the a-kasse's lists show them: fællessamtaler, and the a-kasse's own jobsamtaler. */
export interface DueRows {
  joint: JointDueRow[];
  akasse: AkasseDueRow[];
}

/**
 * Every joint and a-kasse obligation of the visible forløb matching `where` (and `search`), in any
 * status, as worklist rows. The engine sees all meetings (an individual one counts when the member
 * opted out); each row shows only the planned meetings the a-kasse may see that can meet it.
 */
export async function dueRows(db: Db, scope: AkasseScope, where: SQL | undefined, asOf: string, search: Search | null = null): Promise<DueRows> {
  const visible = and(forloebVisible(scope), where);
  const [members, data, resolve] = await Promise.all([
    db
      .selectDistinct({ id: citizens.id, name: citizens.name, cpr: citizens.cpr, kommunekode: citizens.kommunekode })
      .from(citizens)
      .innerJoin(forloeb, eq(forloeb.citizenId, citizens.id))
      .where(visible),
    loadCaseData(db, visible),
    ruleSetResolver(db),
  ]);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const forloebById = new Map(data.forloeb.map((f) => [f.id, f]));
  const meetingById = new Map(data.meetings.map((m) => [m.id, m]));

  const obligations: Obligation[] = [];
  const byRuleSet = groupBy(data.forloeb, (f) => resolve(memberById.get(f.citizenId)?.kommunekode ?? null).ruleSet);
  for (const [ruleSet, rows] of byRuleSet) {
    obligations.push(...evaluateValid(evaluationInputOf(subset(data, rows), ruleSet, asOf)).obligations);
  }

  const out: DueRows = { joint: [], akasse: [] };
  for (const o of obligations) {
    const f = forloebById.get(o.forloebId);
    const member = f && memberById.get(f.citizenId);
    const akasse = isAkasseObligation(o);
    // The full CPR number is searched here, before it is masked, and never leaves the server.
    if (!f || !member || !(akasse || isJointRule(o.rule)) || (search && !matchesSearch(search, member))) continue;
    // What the lists add to the engine's obligation: who, how soon, and what is planned for it.
    const shown = {
      citizenId: member.id,
      name: member.name,
      cprMasked: maskCpr(member.cpr),
      daysLeft: parseDay(o.to) - parseDay(asOf),
      planned: o.plannedBy.flatMap((id) => {
        const m = meetingById.get(id);
        return m && (akasse ? isAkasseKind(m.kind) : m.kind === "faelles") ? [meetingRecordOf(m)] : [];
      }),
    };
    if (akasse) out.akasse.push({ ...o, ...shown });
    else if (isJointRule(o.rule)) {
      const { forloebId, occurrence, from, to, required, held, status, explanation } = o;
      out.joint.push({ ...shown, forloebId, rule: o.rule, occurrence, from, to, required, held, status, explanation, akasseFravalgt: f.akasseFravalgt });
    }
  }
  return out;
}

const pending = (r: { status: string }) => r.status !== "met" && r.status !== "lapsed";

/**
 * The worklist: joint obligations and the a-kasse's own of ongoing forløb that are neither met nor
 * lapsed, overdue first; `search` finds members by name or CPR. Both come from one evaluation.
 */
export async function jointDue(db: Db, scope: AkasseScope, now: Date, search: Search | null = null): Promise<JointDueList> {
  const asOf = copenhagenToday(now);
  const rows = await dueRows(db, scope, or(isNull(forloeb.end), gte(forloeb.end, asOf)), asOf, search);
  return { asOf, rows: rows.joint.filter(pending).sort(byUrgency), akasseRows: rows.akasse.filter(pending).sort(byUrgency) };
}
