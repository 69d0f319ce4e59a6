import type { tables } from "@kontaktplan/db";

/** The rows the seed inserts, typed by the database schema itself. */
export type OrganisationRow = typeof tables.organisations.$inferInsert & { id: string };
export type TeamRow = typeof tables.teams.$inferInsert & { id: string };
/** A user before hashing: the password is hashed only when the rows are inserted. */
export type UserRow = Omit<typeof tables.users.$inferInsert, "passwordHash"> & { id: string };
export type CitizenRow = typeof tables.citizens.$inferInsert & { id: string };
export type ForloebRow = typeof tables.forloeb.$inferInsert & { id: string };
export type PauseRow = typeof tables.pauses.$inferInsert & { id: string };
export type MeetingRow = typeof tables.meetings.$inferInsert & { id: string };
export type RequestRow = typeof tables.requests.$inferInsert & { id: string };
export type SlotRow = typeof tables.slots.$inferInsert & { id: string };
export type JointBookingRow = typeof tables.jointBookings.$inferInsert & { id: string };
export type JointProposalRow = typeof tables.jointProposals.$inferInsert & { id: string };
