/**
 * An a-kasse's worklist: the fællessamtaler its members' ongoing dagpenge forløb still need, by
 * 3, 6 and 16 months (and 4–6 months under lab), and the a-kasse's own jobsamtaler that are due
 * (from 2024), overdue first. Each member is evaluated under the rule set in force in their own kommune.
 */
import { and, eq, gte, isNull, or, sql, type SQL } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { evaluateValid, parseDay, defined } from "@kontaktplan/rules";
import {
  isAkasseKind,
  isAkasseObligation,
  type AkasseDueRow,
  type JointDueList,
  type JointDueRow,
  type JointDueSort,
  type Obligation,
  type ObligationStatus,
  type RuleSet,
} from "@kontaktplan/schema";
import type { AkasseScope } from "../tenancy/scope.js";
import { forloebVisible, type MeetingRow } from "../tenancy/visibility.js";
import { evaluationInputOf, groupBy, loadEvaluationData, type CaseData, type EngineMeeting } from "./case-data.js";
import { isJointRule } from "./joint.js";
import { maskCpr, meetingRecordOf } from "./records.js";
import { ruleSetResolver } from "./rule-set.js";
import { pgArray } from "../sql-arrays.js";
import { matchesSearch, type Search } from "./search.js";
import { SortedBlocks } from "./sorted-list.js";

const { citizens, forloeb, meetings } = tables;

/**
 * Members loaded and evaluated together. An a-kasse may have a hundred thousand members: loaded
 * and evaluated in one go, their meetings and obligations would all be alive at once (gigabytes,
 * most of the time spent collecting garbage) and the worker would be held (every other request on
 * it waits) for the whole evaluation. A chunk at a time keeps only the rows, and lets other
 * requests in between.
 */
export const EVALUATION_CHUNK = 2_000;

type Member = Pick<MemberDue, "kommunekode" | "name" | "cpr"> & { id: string };

/** The engine's obligations for every forløb in `data`, each citizen under `ruleSetOf` their kommune. */
function obligationsOf(data: CaseData<EngineMeeting>, ruleSetOf: (citizenId: string) => RuleSet, asOf: string): Obligation[] {
  const pauses = groupBy(data.pauses, (p) => p.forloebId);
  const meetings = groupBy(data.meetings, (m) => m.forloebId);
  const requests = groupBy(data.requests, (r) => r.forloebId);
  const of = <T>(rows: Map<string, T[]>, forloebRows: CaseData["forloeb"]) => forloebRows.flatMap((f) => rows.get(f.id) ?? []);
  const obligations: Obligation[] = [];
  for (const [ruleSet, part] of groupBy(data.forloeb, (f) => ruleSetOf(f.citizenId))) {
    const input = { forloeb: part, pauses: of(pauses, part), meetings: of(meetings, part), requests: of(requests, part) };
    // One at a time, not push(...): a large chunk may have more obligations than a call may take arguments.
    for (const o of evaluateValid(evaluationInputOf(input, ruleSet, asOf)).obligations) obligations.push(o);
  }
  return obligations;
}

const collator = new Intl.Collator("da");

type Urgency = Pick<JointDueRow, "status" | "to" | "name" | "citizenId" | "forloebId" | "occurrence"> & { rule: string };

/** Overdue first, then by deadline and name; the rest only makes the order total, whatever order the rows came in. */
function byUrgency(a: Urgency, b: Urgency): number {
  const overdue = Number(b.status === "missed") - Number(a.status === "missed");
  return (
    overdue ||
    compareText(a.to, b.to) ||
    collator.compare(a.name, b.name) ||
    compareText(a.citizenId, b.citizenId) ||
    compareText(a.forloebId, b.forloebId) ||
    compareText(a.rule, b.rule) ||
    a.occurrence - b.occurrence
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A member's deadlines as the a-kasse's lists show them: fællessamtaler, and the a-kasse's own jobsamtaler. */
export interface DueRows {
  joint: JointDueRow[];
  akasse: AkasseDueRow[];
}

/** One member's rows, with who the member is: the full CPR number is searched on the server and never leaves it. */
export interface MemberDue extends DueRows {
  kommunekode: string;
  name: string;
  cpr: string;
}

/**
 * Every joint and a-kasse obligation of the visible forløb matching `where`, in any status, as
 * worklist rows per member, `chunk` members at a time (see EVALUATION_CHUNK). The engine sees all
 * meetings (an individual one counts when the member opted out); each row shows only the planned
 * meetings the a-kasse may see that can meet it.
 */
export async function memberDues(db: Db, scope: AkasseScope, where: SQL | undefined, asOf: string, chunk = EVALUATION_CHUNK): Promise<Map<string, MemberDue>> {
  const visible = and(forloebVisible(scope), where);
  const [members, resolve] = await Promise.all([
    db
      .selectDistinct({ id: citizens.id, name: citizens.name, cpr: citizens.cpr, kommunekode: citizens.kommunekode })
      .from(citizens)
      .innerJoin(forloeb, eq(forloeb.citizenId, citizens.id))
      .where(visible),
    ruleSetResolver(db),
  ]);
  const out = new Map<string, MemberDue>();
  for (let i = 0; i < members.length; i += chunk) {
    const part = members.slice(i, i + chunk);
    const data = await loadEvaluationData(
      db,
      and(
        visible,
        sql`${citizens.id} = any(${pgArray(
          part.map((m) => m.id),
          "uuid",
        )})`,
      ),
    );
    const obligations = obligationsOf(
      data,
      ruleSetOfMember(part, (kommunekode) => resolve(kommunekode).ruleSet),
      asOf,
    );
    addDues(out, part, data, obligations, await plannedMeetings(db, data, obligations), asOf);
  }
  return out;
}

/** Each member's rule set, by the kommune they live in. */
function ruleSetOfMember(members: readonly Member[], ruleSetIn: (kommunekode: string) => RuleSet): (citizenId: string) => RuleSet {
  const kommuneOf = new Map(members.map((m) => [m.id, m.kommunekode]));
  return (citizenId) => ruleSetIn(defined(kommuneOf.get(citizenId), "the member of each forløb"));
}

/**
 * The whole rows of the meetings planned for the obligations the lists show, which the rows show
 * as records (only the engine's columns were loaded for the rest): a few per chunk.
 */
async function plannedMeetings(db: Db, data: CaseData<EngineMeeting>, obligations: readonly Obligation[]): Promise<Map<string, MeetingRow>> {
  const shown = new Set(data.meetings.filter((m) => m.kind === "faelles" || isAkasseKind(m.kind)).map((m) => m.id));
  const ids = new Set(obligations.flatMap((o) => (isAkasseObligation(o) || isJointRule(o.rule) ? o.plannedBy.filter((id) => shown.has(id)) : [])));
  if (ids.size === 0) return new Map();
  const rows = await db
    .select()
    .from(meetings)
    .where(sql`${meetings.id} = any(${pgArray([...ids], "uuid")})`);
  return new Map(rows.map((m) => [m.id, m]));
}

/** The rows of `members` (whose case data is `data`, and the engine's obligations for it `obligations`) added to `out`. */
function addDues(
  out: Map<string, MemberDue>,
  members: readonly Member[],
  data: CaseData<EngineMeeting>,
  obligations: readonly Obligation[],
  planned: ReadonlyMap<string, MeetingRow>,
  asOf: string,
): void {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const forloebById = new Map(data.forloeb.map((f) => [f.id, f]));
  for (const m of members) out.set(m.id, { kommunekode: m.kommunekode, name: m.name, cpr: m.cpr, joint: [], akasse: [] });
  // One masked number per member, shared by its rows: an a-kasse's list may hold hundreds of thousands of rows.
  const masked = new Map(members.map((m) => [m.id, maskCpr(m.cpr)]));
  for (const o of obligations) {
    const f = forloebById.get(o.forloebId);
    const member = f && memberById.get(f.citizenId);
    const akasse = isAkasseObligation(o);
    if (!f || !member || !(akasse || isJointRule(o.rule))) continue;
    // What the lists add to the engine's obligation: who, how soon, and what is planned for it.
    const shown = {
      citizenId: member.id,
      name: member.name,
      cprMasked: defined(masked.get(member.id), "each member's masked CPR number"),
      daysLeft: parseDay(o.to) - parseDay(asOf),
      planned: o.plannedBy.flatMap((id) => {
        const m = planned.get(id);
        return m && (akasse ? isAkasseKind(m.kind) : m.kind === "faelles") ? [meetingRecordOf(m)] : [];
      }),
    };
    const due = defined(out.get(member.id), "the lists of each member");
    if (akasse) due.akasse.push({ ...o, ...shown });
    else if (isJointRule(o.rule)) {
      const { forloebId, occurrence, from, to, required, held, status, explanation } = o;
      due.joint.push({ ...shown, forloebId, rule: o.rule, occurrence, from, to, required, held, status, explanation, akasseFravalgt: f.akasseFravalgt });
    }
  }
}

/** The rows of every visible forløb matching `where`, of all members together. */
export async function dueRows(db: Db, scope: AkasseScope, where: SQL | undefined, asOf: string): Promise<DueRows> {
  const out: DueRows = { joint: [], akasse: [] };
  for (const due of (await memberDues(db, scope, where, asOf)).values()) {
    out.joint.push(...due.joint);
    out.akasse.push(...due.akasse);
  }
  return out;
}

/** The forløb an a-kasse's worklist covers on `asOf`: not ended before it. */
export function ongoingOn(asOf: string): SQL | undefined {
  return or(isNull(forloeb.end), gte(forloeb.end, asOf));
}

/** What a worklist shows: neither met nor lapsed. */
const pending = (r: { status: ObligationStatus }) => r.status !== "met" && r.status !== "lapsed";

/** The member with only the rows a worklist shows: how a worklist's members are kept. */
export function pendingRows(member: MemberDue): MemberDue {
  return { ...member, joint: member.joint.filter(pending), akasse: member.akasse.filter(pending) };
}

/** The worklist as kept for an a-kasse: every pending row of its members, overdue first. */
export interface Worklist {
  asOf: string;
  rows: SortedBlocks<JointDueRow>;
  akasseRows: SortedBlocks<AkasseDueRow>;
}

/**
 * The worklist from the members as kept (`pendingRows`): joint obligations and the a-kasse's own
 * that are neither met nor lapsed, overdue first. `updateWorklist` takes members kept so too.
 */
export function worklist(asOf: string, members: Iterable<MemberDue>): Worklist {
  const rows: JointDueRow[] = [];
  const akasseRows: AkasseDueRow[] = [];
  for (const member of members) {
    rows.push(...member.joint);
    akasseRows.push(...member.akasse);
  }
  return { asOf, rows: new SortedBlocks(byUrgency, rows.sort(byUrgency)), akasseRows: new SortedBlocks(byUrgency, akasseRows.sort(byUrgency)) };
}

/**
 * The worklist after `removed` members' rows left it and `added` members' rows joined it, each row
 * put in its place by binary search: the order is total, so every row has exactly one. False when
 * a row to remove was not in its place (the list is then not to be used again).
 */
export function updateWorklist(list: Worklist, removed: Iterable<MemberDue>, added: Iterable<MemberDue>): boolean {
  for (const member of removed) {
    for (const row of member.joint) if (!list.rows.remove(row)) return false;
    for (const row of member.akasse) if (!list.akasseRows.remove(row)) return false;
  }
  for (const member of added) {
    for (const row of member.joint) list.rows.insert(row);
    for (const row of member.akasse) list.akasseRows.insert(row);
  }
  return true;
}

/** What one request asks of the worklist. */
export interface WorklistQuery {
  search: Search | null;
  status?: ObligationStatus | undefined;
  sort: JointDueSort;
  /** The page of the fællessamtaler, and of the a-kasse's own jobsamtaler. */
  page: number;
  akassePage: number;
  /** Rows of each list per page; undefined: the whole lists. */
  pageSize?: number | undefined;
}

/** Overdue first, then the most pressing: what an a-kasse must act on comes first. */
const STATUS_ORDER: Record<ObligationStatus, number> = { missed: 0, open: 1, upcoming: 2, met: 3, lapsed: 4 };

type Sortable = Pick<JointDueRow, "name" | "status">;

// The kept order (overdue first, then by deadline) is total, and the sort is stable, so any other
// order keeps it among equals: every page of every order is the same on every request.
const ORDER: Record<Exclude<JointDueSort, "daysLeft">, (a: Sortable, b: Sortable) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
};

function viewOf<R extends Sortable & { citizenId: string }>(
  rows: SortedBlocks<R>,
  found: (row: R) => boolean,
  query: WorklistQuery,
  page: number,
): { rows: R[]; total: number } {
  const whole = query.search === null && query.status === undefined;
  // Unsearched and unfiltered, in the kept order, the kept rows are the list itself: the start page
  // costs its page, not a pass over every row of a large a-kasse.
  if (whole && query.sort === "daysLeft") return pageOf(rows, query, page);
  const matching = whole ? rows.slice(0) : rows.filter((r) => found(r) && (query.status === undefined || r.status === query.status));
  if (query.sort !== "daysLeft") matching.sort(ORDER[query.sort]);
  return pageOf(matching, query, page);
}

/** Page `page` of `rows` (all of them when the query asks for no page size), with their number. */
function pageOf<R>(rows: { readonly length: number; slice(from: number, to?: number): R[] }, query: WorklistQuery, page: number): { rows: R[]; total: number } {
  if (query.pageSize === undefined) return { rows: rows.slice(0), total: rows.length };
  const from = (page - 1) * query.pageSize;
  return { rows: rows.slice(from, from + query.pageSize), total: rows.length };
}

/** One page of each list: the members the search finds, in the status asked for, in the order asked for. */
export function worklistPage(list: Worklist, members: ReadonlyMap<string, MemberDue>, query: WorklistQuery): JointDueList {
  const search = query.search;
  const found = (row: { citizenId: string }) => {
    if (search === null) return true;
    const member = members.get(row.citizenId);
    return member !== undefined && matchesSearch(search, member);
  };
  const joint = viewOf(list.rows, found, query, query.page);
  const akasse = viewOf(list.akasseRows, found, query, query.akassePage);
  return { asOf: list.asOf, rows: joint.rows, akasseRows: akasse.rows, totals: { rows: joint.total, akasseRows: akasse.total } };
}
