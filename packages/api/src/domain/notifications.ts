/**
 * The inbox: notifications written in the transaction of the event they report (domain
 * `joint-notifications.ts`), deadline notices made when the inbox is read, reading and marking
 * them read. Every query is the reader's own rows; a citizen's name is shown only while the
 * reader may still see the citizen.
 */
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { isWorkingDay, parseDay, type Day } from "@kontaktplan/rules";
import { CaseloadQuery, type NotificationKind, type NotificationList } from "@kontaktplan/schema";
import { auditRead } from "../audit.js";
import type { Scope, ScopeOf } from "../tenancy/scope.js";
import { citizenVisible } from "../tenancy/visibility.js";
import { copenhagenToday } from "../time.js";
import { kommuneResults } from "./citizen-results.js";
import { kommuneState } from "./kommune-state.js";
import { notificationsWritten, queueForMail } from "./notification-outbox.js";
import { NotificationDetails, notificationLink, notificationText } from "./notification-text.js";

const { citizens, notifications, organisations, users } = tables;

/** How many of the newest notifications the inbox shows. */
const INBOX_SIZE = 50;
/** Deadlines this many jobcentre working days ahead (and today's) are announced. */
const DEADLINE_WORKING_DAYS = 5;

export interface NewNotification {
  kind: NotificationKind;
  citizenId: string;
  details: NotificationDetails;
  /** When it happened, by the API's clock. */
  at: Date;
}

/** One row per recipient, in the caller's transaction; their e-mail follows once it has committed. */
export async function notify(tx: Db, recipients: readonly string[], { at, ...notification }: NewNotification): Promise<void> {
  const userIds = [...new Set(recipients)];
  if (userIds.length === 0 || !notificationsWritten()) return;
  const rows = await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, ...notification, createdAt: at.toISOString() })))
    .returning({ id: notifications.id });
  queueForMail(rows.map((r) => r.id));
}

const active = (ids: readonly string[]) => and(inArray(users.id, [...ids]), eq(users.disabled, false));

/**
 * Who at the jobcentre answers for a citizen's fællessamtale: the citizen's caseworker and the
 * caseworker the slot was published for; when neither is (still) active, the jobcentre's administrators.
 */
export async function jobcentreRecipients(tx: Db, citizenId: string, slotCaseworkerId: string | null): Promise<string[]> {
  const [citizen] = await tx
    .select({ caseworkerId: citizens.caseworkerId, kommunekode: citizens.kommunekode })
    .from(citizens)
    .where(eq(citizens.id, citizenId));
  if (!citizen) return [];
  const named = [citizen.caseworkerId, slotCaseworkerId].filter((id): id is string => id !== null);
  const found = named.length > 0 ? await tx.select({ id: users.id }).from(users).where(active(named)) : [];
  if (found.length > 0) return found.map((u) => u.id);
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(organisations.kommunekode, citizen.kommunekode), eq(users.role, "jobcenter_admin"), eq(users.disabled, false)));
  return admins.map((u) => u.id);
}

/** The a-kasse's staff (its administrator manages users, not members). */
export async function akasseRecipients(tx: Db, akasseId: string): Promise<string[]> {
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, akasseId), eq(users.role, "akasse"), eq(users.disabled, false)));
  return staff.map((u) => u.id);
}

/** The last of the next `DEADLINE_WORKING_DAYS` jobcentre working days after `today`. */
function horizonOf(today: Day): Day {
  let day = today;
  for (let counted = 0; counted < DEADLINE_WORKING_DAYS;) if (isWorkingDay(++day)) counted++;
  return day;
}

/**
 * A notice for each of the caseworker's citizens whose next deadline falls today or within the next
 * five working days, from the kommune's per-citizen results; once per deadline (`dedupe_key`), so
 * reading the inbox again adds nothing, and no deadline is missed for want of a scheduled job.
 */
async function noticeDeadlines(db: Db, scope: ScopeOf<"sagsbehandler">, now: Date): Promise<void> {
  const asOf = copenhagenToday(now);
  const results = await kommuneResults(db, scope.kommunekode, await kommuneState(db, scope.kommunekode), asOf);
  const horizon = horizonOf(parseDay(asOf));
  const due = results
    .view(scope.userId, CaseloadQuery.parse({}))
    .flatMap((r) => (r.nextDeadline !== null && r.nextDeadline >= asOf && parseDay(r.nextDeadline) <= horizon ? [{ ...r, nextDeadline: r.nextDeadline }] : []));
  if (due.length === 0) return;
  const rows = await db
    .insert(notifications)
    .values(
      due.map((r) => ({
        userId: scope.userId,
        kind: "deadline.due" as const,
        citizenId: r.citizenId,
        details: { due: r.nextDeadline },
        dedupeKey: `deadline:${r.citizenId}:${r.nextDeadlineRule}:${r.nextDeadline}`,
        createdAt: now.toISOString(),
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  queueForMail(rows.map((r) => r.id));
}

/** What reading the inbox first brings up to date: a caseworker's deadline notices. */
async function refresh(db: Db, scope: Scope, now: Date): Promise<void> {
  if (scope.role === "sagsbehandler") await noticeDeadlines(db, scope, now);
}

async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function unreadCount(db: Db, scope: Scope, now: Date): Promise<number> {
  await refresh(db, scope, now);
  return countUnread(db, scope.userId);
}

/** The newest notifications, each in Danish with where it leads; audited for the citizens it names. */
export async function inbox(db: Db, scope: Scope, now: Date): Promise<NotificationList> {
  const unread = await unreadCount(db, scope, now);
  const rows = await db
    .select({ notification: notifications, citizenName: citizens.name })
    .from(notifications)
    .leftJoin(citizens, and(eq(citizens.id, notifications.citizenId), citizenVisible(scope)))
    .where(eq(notifications.userId, scope.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(INBOX_SIZE);
  const items = rows.map(({ notification: n, citizenName }) => {
    const parsed = NotificationDetails.safeParse(n.details);
    const details = parsed.success ? parsed.data : {};
    const visibleCitizen = citizenName === null ? null : n.citizenId;
    return {
      id: n.id,
      kind: n.kind,
      createdAt: new Date(n.createdAt).toISOString(),
      read: n.readAt !== null,
      ...notificationText(n.kind, details, citizenName, true),
      link: notificationLink(n.kind, details, visibleCitizen, scope.kind),
    };
  });
  const named = rows.flatMap((r) => (r.citizenName !== null && r.notification.citizenId !== null ? [r.notification.citizenId] : []));
  if (named.length > 0) await auditRead(db, scope, "notifications.list", named);
  return { unread, items };
}

/** Mark the reader's own notifications read: those named, or all. */
export async function markRead(db: Db, scope: Scope, ids: readonly string[] | undefined, now: Date): Promise<number> {
  await db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.userId, scope.userId), isNull(notifications.readAt), ids === undefined ? undefined : inArray(notifications.id, [...ids])));
  return countUnread(db, scope.userId);
}
