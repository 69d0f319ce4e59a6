/**
 * Replaying a desktop's change: the very procedure the desktop called, with the same raw input,
 * through the same validation, tenancy, audit and change log as a call from the web.
 */
import type { Db } from "@kontaktplan/db";
import type { SessionUser } from "../auth/session.js";
import type { Context } from "../context.js";
import { forloebRouter } from "../routers/forloeb.js";
import { meetingRouter } from "../routers/meeting.js";
import { requestRouter } from "../routers/request.js";
import { settingsRouter } from "../routers/settings.js";
import { createCallerFactory, router } from "../trpc.js";

// The routers of the replayable procedures only: importing the app router here would be circular.
const createCaller = createCallerFactory(router({ forloeb: forloebRouter, meeting: meetingRouter, request: requestRouter, settings: settingsRouter }));
type Caller = ReturnType<typeof createCaller>;

/**
 * What a caseworker does offline: their citizens' forløb, meetings and requests, and the admin's
 * rule set. Each path names its procedure on the caller, so a renamed or removed procedure fails
 * to compile here (and `replay.test.ts` checks each is a mutation of the app router).
 */
const PROCEDURES = {
  "forloeb.create": (c: Caller) => c.forloeb.create,
  "forloeb.update": (c: Caller) => c.forloeb.update,
  "forloeb.changeBenefit": (c: Caller) => c.forloeb.changeBenefit,
  "forloeb.undoBenefitChange": (c: Caller) => c.forloeb.undoBenefitChange,
  "forloeb.addPause": (c: Caller) => c.forloeb.addPause,
  "forloeb.removePause": (c: Caller) => c.forloeb.removePause,
  "forloeb.updatePause": (c: Caller) => c.forloeb.updatePause,
  "forloeb.setFlags": (c: Caller) => c.forloeb.setFlags,
  "meeting.plan": (c: Caller) => c.meeting.plan,
  "meeting.record": (c: Caller) => c.meeting.record,
  "meeting.cancel": (c: Caller) => c.meeting.cancel,
  "meeting.markNoShow": (c: Caller) => c.meeting.markNoShow,
  "meeting.correct": (c: Caller) => c.meeting.correct,
  "meeting.setNote": (c: Caller) => c.meeting.setNote,
  "request.register": (c: Caller) => c.request.register,
  "request.update": (c: Caller) => c.request.update,
  "request.remove": (c: Caller) => c.request.remove,
  "settings.setRuleSet": (c: Caller) => c.settings.setRuleSet,
} satisfies Record<string, (c: Caller) => (input: never) => Promise<unknown>>;

export type ReplayablePath = keyof typeof PROCEDURES;
export const REPLAYABLE_PATHS = Object.keys(PROCEDURES) as ReplayablePath[];

export function isReplayable(path: string): path is ReplayablePath {
  return Object.hasOwn(PROCEDURES, path);
}

/**
 * `db` whose `transaction` runs the work on `db` itself: the replay already runs in a savepoint of
 * the push, which undoes it if need be, so the procedure's own transaction joins that one.
 */
function joined(db: Db): Db {
  return Object.create(db, {
    transaction: { value: <T>(work: (tx: Db) => Promise<T>): Promise<T> => work(db) },
  }) as Db;
}

/**
 * Run a replayable procedure as the pushing user, on `db` (a savepoint of the push's transaction).
 * The push request already checked the user's session.
 */
export function replay(ctx: Context, user: SessionUser, db: Db, path: ReplayablePath, input: unknown): Promise<unknown> {
  const replayContext: Context = {
    db: joined(db),
    dbKind: ctx.dbKind,
    now: ctx.now,
    sessionToken: ctx.sessionToken,
    secureCookie: ctx.secureCookie,
    clientAddress: ctx.clientAddress,
    changeHook: null,
    // The push's own call delivers the e-mail of what its replays notify, once the push has committed.
    mail: null,
    localReplica: ctx.localReplica,
    signedInAs: user,
    setCookie: () => {
      throw new Error("a replayed change cannot set cookies");
    },
  };
  // The raw input goes through the procedure's own parser, exactly as a call from the web.
  const procedure = PROCEDURES[path](createCaller(replayContext)) as (input: unknown) => Promise<unknown>;
  return procedure(input);
}
