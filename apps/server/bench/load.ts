/**
 * Bulk data for the API benchmark, generated inside PostgreSQL with set-based INSERT … SELECT
 * over generate_series: a million forløb through the ORM would take an hour, this takes a minute.
 *
 * Shape: 98 kommuner, CASEWORKERS caseworkers (each in one kommune), CITIZENS citizens with one
 * forløb each and 4–6 meetings per forløb, a request on every tenth forløb, ten staff per a-kasse.
 * One large kommune (København) holds the first 10,000 citizens on its 100 caseworkers (citizen n
 * on caseworker n % 100); the rest are spread over the other kommuner's caseworkers the same way,
 * so a caseload is scattered over the whole table (as a real one is), not one run of rows.
 */
import type pg from "pg";
import { FIRST_NAMES, LAST_NAMES } from "@kontaktplan/demo";
import { KOMMUNER } from "./kommuner.js";

/** `BENCH_FORLOEB` makes a smaller country for a quick run; the large kommune keeps its size. */
export const CITIZENS = Number(process.env.BENCH_FORLOEB ?? 1_000_000);
/** The large kommune (København, 101): its own citizens and caseworkers, first in the tables. */
export const LARGE_KOMMUNE = { kommunekode: "101", citizens: Math.min(10_000, CITIZENS), caseworkers: 100 };
export const CASEWORKERS = Math.max(LARGE_KOMMUNE.caseworkers + 97, Math.round(CITIZENS / 100));
export const BENCH_PASSWORD = "kontaktplan-bench";
const AKASSER = ["Nordlys A-kasse", "Kystens A-kasse", "Fagfællernes A-kasse"];

/** Deterministic ids, so rows can reference each other without a lookup: `tag` names the table. */
const uuid = (tag: number, n: string) => `(lpad(to_hex(${tag}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
const ORG = 1;
const AKASSE = 2;
const USER = 3;
const CITIZEN = 4;
const FORLOEB = 5;
const MEETING = 6;
const REQUEST = 7;

/** Caseworker c of the large kommune (0 ≤ c < 100) and staff member s of a-kasse a (1–3). */
export const benchCaseworker = (c: number) => ({ email: `sagsbehandler-${c}@bench.kontaktplan.dk`, password: BENCH_PASSWORD });
export const benchAkasseStaff = (a: number, s: number) => ({ email: `akasse-${a}-${s}@bench.kontaktplan.dk`, password: BENCH_PASSWORD });
export const AKASSE_COUNT = AKASSER.length;

const jobcentres = `
  insert into organisations (id, kind, name, kommunekode)
  select ${uuid(ORG, "k.i")}, 'jobcenter', 'Jobcenter ' || k.name, k.code
  from unnest($1::text[], $2::text[]) with ordinality as k(code, name, i)`;

const akasser = `
  insert into organisations (id, kind, name)
  select ${uuid(AKASSE, "a.i")}, 'akasse', a.name from unnest($1::text[]) with ordinality as a(name, i)`;

const L = LARGE_KOMMUNE;
/** Kommune number (1-based, in KOMMUNER order) of caseworker c: the first ones the large kommune's, the rest spread over the others. */
const kommuneOfCaseworker = (c: string) => `(case when ${c} < ${L.caseworkers} then 1 else 2 + ${c} % ${KOMMUNER.length - 1} end)`;
/** Citizen n's caseworker: the large kommune's first citizens on its caseworkers, the rest spread over the others. */
const caseworkerOf = (n: string) =>
  `(case when ${n} <= ${L.citizens} then ${n} % ${L.caseworkers} else ${L.caseworkers} + ${n} % ${CASEWORKERS - L.caseworkers} end)`;

const users = `
  insert into users (id, organisation_id, email, name, role, password_hash)
  select ${uuid(USER, "c")}, ${uuid(ORG, kommuneOfCaseworker("c"))}, 'sagsbehandler-' || c || '@bench.kontaktplan.dk',
         'Sagsbehandler ' || c, 'sagsbehandler', $1
  from generate_series(0, ${CASEWORKERS - 1}) c`;

/** Ten staff per a-kasse: a-kasse a's staff member s is akasse-a-s@bench.kontaktplan.dk. */
const akasseStaff = `
  insert into users (id, organisation_id, email, name, role, password_hash)
  select ${uuid(USER, `${CASEWORKERS} + a * 10 + s`)}, ${uuid(AKASSE, "a")}, 'akasse-' || a || '-' || s || '@bench.kontaktplan.dk',
         'A-kassemedarbejder ' || a || '-' || s, 'akasse', $1
  from generate_series(1, ${AKASSER.length}) a cross join generate_series(0, 9) s`;

/**
 * Benefits by n % 20: 30 % dagpenge (with an a-kasse), 20 % kontanthjælp, 10 % uddannelseshjælp,
 * 5 % integrationsydelse, 15 % sygedagpenge, 20 % the four other covered benefits; visitation,
 * hjælpstype and the sygedagpenge flag as the schema and the engine's input checks demand.
 */
const citizens = `
  insert into citizens (id, kommunekode, cpr, name, akasse_id, caseworker_id)
  select ${uuid(CITIZEN, "n")},
         ($1::text[])[${kommuneOfCaseworker(caseworkerOf("n"))}],
         to_char(date '1960-01-01' + (n % 20000)::int, 'DDMMYY') || lpad((n / 20000)::text, 4, '0'),
         ($2::text[])[1 + n % cardinality($2::text[])] || ' ' || ($3::text[])[1 + (n / 7) % cardinality($3::text[])],
         case when n % 20 < 6 then ${uuid(AKASSE, "1 + n % 3")} end,
         ${uuid(USER, caseworkerOf("n"))}
  from generate_series(1, ${CITIZENS}) n`;

const forloeb = `
  insert into forloeb (id, citizen_id, ydelse, start, visitation, hjaelpstype, forventet_fravaer_over_8_uger, visitationsdato, akasse_id)
  select ${uuid(FORLOEB, "n")}, ${uuid(CITIZEN, "n")}, y.ydelse, current_date - ((n::bigint * 7919) % 720)::int,
         case
           when y.ydelse = 'kontanthjaelp' then (array['jobparat', 'aktivitetsparat'])[1 + n % 2]
           when y.ydelse = 'uddannelseshjaelp' then (array['uddannelsesparat', 'aabenlyst_uddannelsesparat', 'aktivitetsparat'])[1 + (n / 20) % 3]
           when y.ydelse = 'integrationsydelse' then 'jobparat'
         end,
         case when y.ydelse = 'integrationsydelse' then 'kontanthjaelp' end,
         case when y.ydelse = 'sygedagpenge' then n % 20 <> 15 end,
         case when y.ydelse in ('kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse') then current_date - ((n::bigint * 7919) % 720)::int end,
         case when y.ydelse = 'dagpenge' then ${uuid(AKASSE, "1 + n % 3")} end
  from generate_series(1, ${CITIZENS}) n
  cross join lateral (select case
    when n % 20 < 6 then 'dagpenge'
    when n % 20 < 10 then 'kontanthjaelp'
    when n % 20 < 12 then 'uddannelseshjaelp'
    when n % 20 = 12 then 'integrationsydelse'
    when n % 20 < 16 then 'sygedagpenge'
    else (array['ressourceforloeb', 'jobafklaringsforloeb', 'ledighedsydelse', 'revalidering'])[n % 20 - 15]
  end as ydelse) y`;

/**
 * 4–6 meetings per forløb, spread from its start to two months ahead: those past are held (every
 * tenth missed), those ahead planned; the second meeting on a dagpenge forløb is a fællessamtale.
 * `date` is the Copenhagen calendar date of `starts_at`, as the API stores it.
 */
const meetings = `
  insert into meetings (id, forloeb_id, ydelse, starts_at, date, kind, status, form)
  select ${uuid(MEETING, "f.n * 8 + m.k")}, ${uuid(FORLOEB, "f.n")}, f.ydelse,
         (d.day + time '08:00' + (m.k % 6) * interval '1 hour') at time zone 'Europe/Copenhagen', d.day,
         case when f.ydelse = 'dagpenge' and m.k = 2 then 'faelles' else 'individuel' end,
         case when d.day >= current_date then 'planlagt' when (f.n + m.k) % 10 = 0 then 'udeblevet' else 'afholdt' end,
         (array['fremmoede', 'telefon', 'video'])[1 + m.k % 3]
  -- n back from the forløb's id (its last 12 hex digits), to derive the meeting ids from it.
  from (select ('x' || right(id::text, 12))::bit(48)::bigint as n, ydelse, start from forloeb) f
  cross join lateral (select 4 + f.n % 3 as count) c
  cross join lateral generate_series(1, c.count) m(k)
  cross join lateral (select f.start + ((m.k - 1) * greatest(28, (current_date - f.start + 60) / c.count))::int as day) d`;

const requests = `
  insert into requests (id, forloeb_id, date, by)
  select ${uuid(REQUEST, "n")}, ${uuid(FORLOEB, "n")}, current_date - (n % 40)::int, (array['borger', 'jobcenter'])[1 + (n / 10) % 2]
  from generate_series(3, ${CITIZENS}, 10) n`;

export interface LoadReport {
  seconds: number;
  vacuumSeconds: number;
  counts: Record<string, number>;
}

/**
 * Fills an empty, migrated database. Foreign-key triggers are off while loading (the ids are
 * consistent by construction); CHECK, UNIQUE and the no-overlap exclusion constraint still apply.
 */
export async function loadBenchData(pool: pg.Pool, passwordHash: string): Promise<LoadReport> {
  const started = performance.now();
  const inSession = async (work: (client: pg.PoolClient) => Promise<void>) => {
    const client = await pool.connect();
    try {
      await client.query("set session_replication_role = replica");
      await work(client);
    } finally {
      await client.query("reset session_replication_role");
      client.release();
    }
  };
  await inSession(async (client) => {
    await client.query(jobcentres, [KOMMUNER.map(([code]) => code), KOMMUNER.map(([, name]) => name)]);
    await client.query(akasser, [AKASSER]);
    await client.query(users, [passwordHash]);
    await client.query(akasseStaff, [passwordHash]);
    await client.query(citizens, [KOMMUNER.map(([code]) => code), FIRST_NAMES, LAST_NAMES]);
    await client.query(forloeb);
  });
  // The two largest inserts are independent: one per core.
  await Promise.all([inSession((c) => c.query(meetings).then(() => undefined)), inSession((c) => c.query(requests).then(() => undefined))]);
  const seconds = (performance.now() - started) / 1000;

  // Sets hint bits and the visibility map now, so autovacuum does not wake up in the middle of the measurement.
  const vacuumStarted = performance.now();
  await pool.query("vacuum analyze");
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;

  const counts: Record<string, number> = {};
  for (const table of ["organisations", "users", "citizens", "forloeb", "meetings", "requests"]) {
    const { rows } = await pool.query<{ n: string }>(`select count(*) as n from ${table}`);
    counts[table] = Number(rows[0]!.n);
  }
  return { seconds, vacuumSeconds, counts };
}
