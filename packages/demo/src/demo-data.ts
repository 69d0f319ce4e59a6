import type { Day } from "@kontaktplan/rules";
import { buildAkasseMeetings } from "./akasse-meetings.js";
import { buildJoint } from "./joint.js";
import { buildActivity } from "./meetings.js";
import { buildOrganisations, type DemoLogin } from "./organisations.js";
import { buildPeople } from "./people.js";
import { Prng } from "./prng.js";
import type {
  CitizenRow,
  ForloebRow,
  JointBookingRow,
  JointProposalRow,
  MeetingRow,
  OrganisationRow,
  PauseRow,
  RequestRow,
  SlotRow,
  TeamRow,
  UserRow,
} from "./rows.js";

/** Changing this changes every generated row; the tests pin the data it gives. */
const SEED = 20_180_101;

/** All demo rows, in the order they must be inserted (parents before children). */
export interface DemoData {
  organisations: OrganisationRow[];
  teams: TeamRow[];
  users: UserRow[];
  citizens: CitizenRow[];
  forloeb: ForloebRow[];
  pauses: PauseRow[];
  meetings: MeetingRow[];
  requests: RequestRow[];
  slots: SlotRow[];
  jointBookings: JointBookingRow[];
  jointProposals: JointProposalRow[];
  logins: DemoLogin[];
}

/**
 * The whole fictitious demo world, laid out around `today` (past meetings recorded, coming ones
 * planned). Pure: the same `today` always gives the same rows, ids included.
 */
export function buildDemoData(today: Day): DemoData {
  const prng = new Prng(SEED);
  const orgs = buildOrganisations(prng);
  const people = buildPeople(prng, today, orgs.jobcentres, orgs.akasser);
  const meetings: MeetingRow[] = [];
  const requests: RequestRow[] = [];
  for (const f of people.forloeb) {
    const activity = buildActivity(prng, today, f);
    meetings.push(...activity.meetings);
    requests.push(...activity.requests);
  }
  const joint = buildJoint(prng, today, orgs.jobcentres, people.forloeb);
  const akasseMeetings = buildAkasseMeetings(today, people.forloeb, [...meetings, ...joint.meetings]);
  return {
    organisations: orgs.organisations,
    teams: orgs.teams,
    users: orgs.users,
    citizens: people.citizens,
    forloeb: people.forloeb.map((f) => f.row),
    pauses: people.pauses,
    meetings: [...meetings, ...joint.meetings, ...akasseMeetings],
    requests,
    slots: joint.slots,
    jointBookings: joint.bookings,
    jointProposals: joint.proposals,
    logins: orgs.logins,
  };
}

/** The demo logins alone (the organisations are generated first, so this matches `buildDemoData`). */
export function demoLogins(): DemoLogin[] {
  return buildOrganisations(new Prng(SEED)).logins;
}
