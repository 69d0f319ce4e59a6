/**
 * A caseworker's personal calendar feed: an .ics subscription address with a secret token, for
 * calendars that cannot sign in. Only the token's SHA-256 is stored, so the address is shown once,
 * when made; a new one replaces it and revoking deletes it. The feed holds the caseworker's
 * samtaler a month back and half a year ahead, never a CPR number, and names the citizens only when
 * the caseworker chose so.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import type { CalendarFeedCreated, CalendarFeedState } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import { hashToken } from "../auth/session.js";
import { scopeOf } from "../tenancy/scope.js";
import { auditAdmin } from "./admin/admin-audit.js";
import { bookedMinutes, caseworkerMeetings } from "./calendar-week.js";
import { feedIcs } from "./ics.js";
import { meetingRecordOf } from "./records.js";

const { calendarFeeds, organisations, users } = tables;

/** 32 random bytes, base64url: what `createFeed` hands out and the only shape a feed is looked up by. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;
const PAST_DAYS = 31;
const FUTURE_DAYS = 183;

export interface FeedOwner {
  userId: string;
  organisationId: string;
}

/** Where the server answers a feed (@kontaktplan/http-server): the token is the whole secret. */
export function feedPath(token: string): string {
  return `/calendar/feed/${token}.ics`;
}

const NONE: CalendarFeedState = { active: false, showNames: false, createdAt: null, lastUsedAt: null };

function stateOf(row: typeof calendarFeeds.$inferSelect | undefined): CalendarFeedState {
  if (!row) return NONE;
  return {
    active: true,
    showNames: row.showNames,
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: row.lastUsedAt ? new Date(row.lastUsedAt).toISOString() : null,
  };
}

export async function feedState(db: Db, userId: string): Promise<CalendarFeedState> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return stateOf(row);
}

/** A new secret address, replacing (and so revoking) the caseworker's earlier one. */
export async function createFeed(tx: Db, owner: FeedOwner, showNames: boolean, now: Date): Promise<CalendarFeedCreated> {
  const token = randomBytes(32).toString("base64url");
  const values = { tokenHash: hashToken(token), showNames, createdAt: now.toISOString(), lastUsedAt: null };
  const [row] = await tx
    .insert(calendarFeeds)
    .values({ userId: owner.userId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: values })
    .returning();
  await auditAdmin(tx, { userId: owner.userId }, "admin.account.calendar-feed-create", {
    organisationId: owner.organisationId,
    targetUserId: owner.userId,
    after: { showNames },
  });
  return { ...stateOf(row), path: feedPath(token) };
}

export async function revokeFeed(tx: Db, owner: FeedOwner): Promise<CalendarFeedState> {
  const deleted = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, owner.userId)).returning({ userId: calendarFeeds.userId });
  if (deleted.length > 0) {
    await auditAdmin(tx, { userId: owner.userId }, "admin.account.calendar-feed-revoke", { organisationId: owner.organisationId, targetUserId: owner.userId });
  }
  return NONE;
}

/**
 * The feed behind a token as iCalendar text, or null when there is none: an unknown or revoked
 * token, a deactivated account, one waiting for its own password, or a role that is not the
 * jobcentre's all look alike to the caller. Reading it is audited per citizen, as the caseworker.
 */
export async function calendarFeed(db: Db, token: string, now: Date): Promise<string | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({
      feed: calendarFeeds,
      user: { id: users.id, role: users.role, teamId: users.teamId, disabled: users.disabled, mustChangePassword: users.mustChangePassword },
      organisation: {
        id: organisations.id,
        kind: organisations.kind,
        kommunekode: organisations.kommunekode,
        name: organisations.name,
        address: organisations.address,
      },
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  if (!row || row.user.disabled || row.user.mustChangePassword) return null;
  const scope = scopeOf({ ...row.user, organisation: row.organisation });
  if (scope?.kind !== "jobcenter" || row.organisation === null) return null;
  const entries = await caseworkerMeetings(
    db,
    scope,
    new Date(now.getTime() - PAST_DAYS * DAY_MS).toISOString(),
    new Date(now.getTime() + FUTURE_DAYS * DAY_MS).toISOString(),
  );
  await db.update(calendarFeeds).set({ lastUsedAt: now.toISOString() }).where(eq(calendarFeeds.userId, row.user.id));
  await auditRead(
    db,
    { userId: row.user.id },
    "calendarFeed.read",
    entries.map((e) => e.citizenId),
  );
  const { name, address } = row.organisation;
  return feedIcs(
    entries.map((e) => ({
      meeting: meetingRecordOf(e.meeting),
      details: { jobcentreName: name, jobcentreAddress: address, memberName: row.feed.showNames ? e.citizenName : null, minutes: bookedMinutes(e) },
    })),
    now,
  );
}
