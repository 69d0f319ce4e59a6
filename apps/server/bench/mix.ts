/**
 * A working day's requests, shared by `bench:api` (open loop on PostgreSQL) and `bench:embedded`
 * (simulated users on PGlite): who calls what, in which shares, and the per-procedure figures.
 */
import { call, percentile, type Answer } from "./http-client.js";

/** The signed-in people the load acts as, with citizens and forløb they may touch. */
export interface World {
  caseworkers: { cookie: string; citizenIds: string[]; forloebIds: string[] }[];
  akasse: { cookie: string; forloebIds: string[] }[];
}

/** What the web portal's caseload page asks for first (packages/screens/src/pages/CaseloadPage.tsx). */
export const PORTAL_QUERY = { sort: "nextDeadline", scope: "mine", page: 1, pageSize: 25 } as const;

/** What the a-kasse's start page asks for first (packages/screens/src/pages/JointDuePage.tsx); only its CSV export asks for whole lists. */
export const PORTAL_JOINT_DUE = { sort: "daysLeft", page: 1, akassePage: 1, pageSize: 50 } as const;

/** A meeting for one of the writer's citizens, on a weekday one to eight weeks ahead. */
export function plan(base: string, writer: World["caseworkers"][number], n: number): Promise<Answer> {
  const forloebId = writer.forloebIds[n % writer.forloebIds.length]!;
  const day = new Date(Date.now() + (7 + (n % 50)) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const time = `${String(8 + (n % 7)).padStart(2, "0")}:${n % 2 ? "30" : "00"}`;
  return call(base, writer.cookie, "mutation", "meeting.plan", { forloebId, date: day.toISOString().slice(0, 10), time, kind: "individuel" });
}

export interface Request {
  name: string;
  read: boolean;
  answer: Promise<Answer>;
}
type Step = (base: string, world: World, n: number) => Request;

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const planned: { cookie: string; meetingId: string }[] = [];

/** A working day's mix, as shares of 100. Search has no procedure of its own: the portal's search is the kommune list by name. */
const MIX: [number, Step][] = [
  [40, (b, w, n) => ({ name: "caseload.list (mine)", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", PORTAL_QUERY) })],
  [
    25,
    (b, w, n) => {
      const cw = pick(w.caseworkers, n);
      return { name: "citizen.get", read: true, answer: call(b, cw.cookie, "query", "citizen.get", { citizenId: pick(cw.citizenIds, n >> 7) }) };
    },
  ],
  [
    15,
    (b, w, n) => {
      const cw = pick(w.caseworkers, n);
      const mine = planned.findIndex((p) => p.cookie === cw.cookie);
      if (n % 3 === 0 && mine >= 0) {
        const [target] = planned.splice(mine, 1);
        return {
          name: "meeting.cancel",
          read: false,
          answer: call(b, cw.cookie, "mutation", "meeting.cancel", { meetingId: target!.meetingId, reason: "Borgeren er syg" }),
        };
      }
      const answer = plan(b, cw, n >> 7).then((a) => {
        if (a.status === 200) planned.push({ cookie: cw.cookie, meetingId: (JSON.parse(a.body) as { result: { data: { id: string } } }).result.data.id });
        return a;
      });
      return { name: "meeting.plan", read: false, answer };
    },
  ],
  [5, (b, w, n) => ({ name: "joint.due", read: true, answer: call(b, pick(w.akasse, n).cookie, "query", "joint.due", PORTAL_JOINT_DUE) })],
  [
    5,
    (b, w, n) => {
      const staff = pick(w.akasse, n);
      return { name: "joint.member", read: true, answer: call(b, staff.cookie, "query", "joint.member", { forloebId: pick(staff.forloebIds, n >> 3) }) };
    },
  ],
  [
    5,
    (b, w, n) => ({
      name: "caseload.list (kommune)",
      read: true,
      answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", { ...PORTAL_QUERY, scope: "kommune" }),
    }),
  ],
  [3, (b, w, n) => ({ name: "compliance.summary", read: true, answer: call(b, pick(w.caseworkers, n).cookie, "query", "compliance.summary", {}) })],
  [
    2,
    (b, w, n) => ({
      name: "search (kommune by name)",
      read: true,
      answer: call(b, pick(w.caseworkers, n).cookie, "query", "caseload.list", { scope: "kommune", sort: "name", page: 1 + (n % 40), pageSize: 25 }),
    }),
  ],
];

/** The n-th request of the day: the mix spread evenly over time. */
export function nthRequest(base: string, world: World, n: number): Request {
  let share = (n * 37) % 100;
  return MIX.find(([weight]) => (share -= weight) < 0)![1](base, world, n);
}

export interface ProcedureFigures {
  n: number;
  p50: number;
  p99: number;
  refused: number;
  errors: number;
  read: boolean;
}

/** Latencies and outcomes per procedure. */
export class Tally {
  private readonly samples = new Map<string, { ms: number[]; refused: number; errors: number; read: boolean }>();

  add(request: Pick<Request, "name" | "read">, answer: Answer, ms: number): void {
    let s = this.samples.get(request.name);
    if (!s) this.samples.set(request.name, (s = { ms: [], refused: 0, errors: 0, read: request.read }));
    s.ms.push(ms);
    if (answer.status === 0 || answer.status >= 500) s.errors++;
    else if (answer.status >= 400) s.refused++;
  }

  figures(): { byProcedure: [string, ProcedureFigures][]; errors: number; worstReadP99: number; answered: number } {
    const byProcedure = [...this.samples].map(([name, s]): [string, ProcedureFigures] => {
      const sorted = [...s.ms].sort((x, y) => x - y);
      return [
        name,
        { n: sorted.length, p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), refused: s.refused, errors: s.errors, read: s.read },
      ];
    });
    return {
      byProcedure,
      errors: byProcedure.reduce((sum, [, f]) => sum + f.errors, 0),
      worstReadP99: Math.max(...byProcedure.filter(([, f]) => f.read).map(([, f]) => f.p99)),
      answered: byProcedure.reduce((sum, [, f]) => sum + f.n, 0),
    };
  }
}

const round = (n: number) => Number(n.toFixed(2));

export function procedureLine(name: string, f: ProcedureFigures): string {
  return `  ${name.padEnd(26)} n=${String(f.n).padStart(6)}  p50 ${String(f.p50).padStart(8)} ms  p99 ${String(f.p99).padStart(8)} ms  refused ${f.refused}  errors ${f.errors}`;
}
