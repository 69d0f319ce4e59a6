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

/** What a caseworker does offline: their citizens' forløb, meetings and requests, and the admin's rule set. */
export const REPLAYABLE: ReadonlySet<string> = new Set([
  "forloeb.create",
  "forloeb.update",
  "forloeb.changeBenefit",
  "forloeb.undoBenefitChange",
  "forloeb.addPause",
  "forloeb.removePause",
  "forloeb.updatePause",
  "forloeb.setFlags",
  "meeting.plan",
  "meeting.record",
  "meeting.cancel",
  "meeting.markNoShow",
  "meeting.correct",
  "meeting.setNote",
  "request.register",
  "request.update",
  "request.remove",
  "settings.setRuleSet",
]);

// The routers of those procedures only: importing the app router here would be circular.
const createCaller = createCallerFactory(
  router({ forloeb: forloebRouter, meeting: meetingRouter, request: requestRouter, settings: settingsRouter }),
);

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
export function replay(ctx: Context, user: SessionUser, db: Db, path: string, input: unknown): Promise<unknown> {
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
  const caller = createCaller(replayContext);
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}
