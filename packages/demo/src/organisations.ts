import type { UserRole } from "@kontaktplan/db";
import { FIRST_NAMES, LAST_NAMES } from "./names.js";
import { Prng } from "./prng.js";
import type { OrganisationRow, TeamRow, UserRow } from "./rows.js";

/** Every demo user has this password; it is printed at start-up and is no secret. */
export const DEMO_PASSWORD = "kontaktplan-demo";

/** Real kommunekoder and postcodes, so the demo looks like the country it serves. */
const KOMMUNER = [
  {
    kommunekode: "101",
    kommune: "København",
    slug: "koebenhavn",
    citizens: 100,
    postcodes: ["2100 København Ø", "2200 København N", "2300 København S", "2450 København SV"],
  },
  { kommunekode: "751", kommune: "Aarhus", slug: "aarhus", citizens: 80, postcodes: ["8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V"] },
  { kommunekode: "461", kommune: "Odense", slug: "odense", citizens: 70, postcodes: ["5000 Odense C", "5200 Odense V", "5220 Odense SØ"] },
  { kommunekode: "851", kommune: "Aalborg", slug: "aalborg", citizens: 50, postcodes: ["9000 Aalborg", "9210 Aalborg SØ", "9220 Aalborg Øst"] },
] as const;

/** Fictitious a-kasser. */
const AKASSER = [
  { name: "Nordlys A-kasse", slug: "nordlys" },
  { name: "Kystens A-kasse", slug: "kysten" },
  { name: "Fagfællernes A-kasse", slug: "fagfaeller" },
] as const;

/** Each jobcentre's teams; a citizen goes to the caseworker of the team for their benefit. */
export const TEAMS = ["dagpenge", "kontanthjaelp", "sygedagpenge"] as const;
export type TeamKey = (typeof TEAMS)[number];
const TEAM_NAMES: Record<TeamKey, string> = {
  dagpenge: "Team Dagpenge",
  kontanthjaelp: "Team Kontanthjælp og uddannelse",
  sygedagpenge: "Team Sygedagpenge og afklaring",
};

const AKASSE_STAFF = 2;

/**
 * The a-kasse administrators came after the rest of the demo: they draw from a generator of their
 * own, so every other demo row (ids, names, citizens) stays exactly as it was.
 */
const AKASSE_ADMIN_SEED = 0xad_3175;

export interface DemoLogin {
  email: string;
  password: string;
  role: UserRole;
  /** The organisation's name, or null for the system administrator. */
  organisation: string | null;
}

export interface SeededJobcentre {
  id: string;
  kommunekode: string;
  kommune: string;
  citizens: number;
  postcodes: readonly string[];
  caseworkers: Record<TeamKey, string>;
}

export interface SeededAkasse {
  id: string;
  name: string;
  staff: string[];
}

export interface Organisations {
  organisations: OrganisationRow[];
  teams: TeamRow[];
  users: UserRow[];
  logins: DemoLogin[];
  jobcentres: SeededJobcentre[];
  akasser: SeededAkasse[];
}

export function buildOrganisations(prng: Prng): Organisations {
  const out: Organisations = { organisations: [], teams: [], users: [], logins: [], jobcentres: [], akasser: [] };
  const adminPrng = new Prng(AKASSE_ADMIN_SEED);
  const addUser = (email: string, role: UserRole, organisation: { id: string; name: string } | null, teamId: string | null, from = prng): string => {
    const id = from.uuid();
    const name = `${from.pick(FIRST_NAMES)} ${from.pick(LAST_NAMES)}`;
    out.users.push({ id, organisationId: organisation?.id ?? null, teamId, email, name, role });
    out.logins.push({ email, password: DEMO_PASSWORD, role, organisation: organisation?.name ?? null });
    return id;
  };

  addUser("systemadmin@kontaktplan.example", "system_admin", null, null);

  for (const k of KOMMUNER) {
    const organisation = { id: prng.uuid(), name: `Jobcenter ${k.kommune}` };
    out.organisations.push({ ...organisation, kind: "jobcenter", kommunekode: k.kommunekode, address: `Jobcentervej 1, ${k.postcodes[0]}` });
    const domain = `${k.slug}.jobcenter.example`;
    addUser(`admin@${domain}`, "jobcenter_admin", organisation, null);
    const caseworkers = {} as Record<TeamKey, string>;
    TEAMS.forEach((team, i) => {
      const teamId = prng.uuid();
      out.teams.push({ id: teamId, organisationId: organisation.id, name: TEAM_NAMES[team] });
      caseworkers[team] = addUser(`sagsbehandler${i + 1}@${domain}`, "sagsbehandler", organisation, teamId);
    });
    out.jobcentres.push({ id: organisation.id, kommunekode: k.kommunekode, kommune: k.kommune, citizens: k.citizens, postcodes: k.postcodes, caseworkers });
  }

  for (const a of AKASSER) {
    const organisation = { id: prng.uuid(), name: a.name };
    out.organisations.push({ ...organisation, kind: "akasse", kommunekode: null });
    const staff = Array.from({ length: AKASSE_STAFF }, (_, i) => addUser(`medarbejder${i + 1}@${a.slug}.akasse.example`, "akasse", organisation, null));
    addUser(`admin@${a.slug}.akasse.example`, "akasse_admin", organisation, null, adminPrng);
    out.akasser.push({ id: organisation.id, name: a.name, staff });
  }
  return out;
}
