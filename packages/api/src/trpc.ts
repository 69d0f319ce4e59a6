/** The tRPC instance, the error shape clients see, and the procedure kinds every router uses. */
import { initTRPC, StandardSchemaV1Error, TRPCError } from "@trpc/server";
import type { UserRole } from "@kontaktplan/db";
import type { ValidationError } from "@kontaktplan/schema";
import { findSession } from "./auth/session.js";
import { audit } from "./audit.js";
import { withChangeListener } from "./change-log.js";
import type { Context } from "./context.js";
import { FieldErrors, forbidden, frameworkMessage, unauthorized } from "./errors.js";
import { Budget } from "./limiter.js";
import { translateDbError } from "./db-errors.js";
import { deliverMail } from "./domain/notification-mail.js";
import { withNotificationOutbox } from "./domain/notification-outbox.js";
import { hasRole, scopeOf } from "./tenancy/scope.js";

const INTERNAL_MESSAGE = "Der opstod en fejl på serveren. Prøv igen, eller kontakt support.";

export function fieldErrorsOf(cause: unknown): ValidationError[] {
  if (cause instanceof FieldErrors) return cause.errors;
  if (cause instanceof StandardSchemaV1Error) {
    return cause.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)).join("."),
      message: issue.message,
    }));
  }
  return [];
}

const t = initTRPC.context<Context>().create({
  /**
   * Clients get the code, the Danish message and `fieldErrors` (path + message per refused field).
   * Never a stack trace, and for server faults never the underlying message; tRPC's own English
   * refusals in Danish.
   */
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: internal ? INTERNAL_MESSAGE : (frameworkMessage(error) ?? shape.message),
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        ...(shape.data.path !== undefined ? { path: shape.data.path } : {}),
        fieldErrors: fieldErrorsOf(error.cause),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Database constraint violations become typed errors; other database failures lose their text. */
const translatedDbErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const translated = translateDbError(result.error.cause);
    if (translated) throw translated;
  }
  return result;
});

/** With a change hook in the context (the desktop), each mutation's change-log writes reach its listener. */
const changesHooked = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  if (type !== "mutation" || ctx.changeHook === null) return next();
  const listener = ctx.changeHook({ path, input: await getRawInput() });
  return withChangeListener(listener, () => next());
});

/**
 * Notifications a call writes go out as e-mail once it has finished (its transaction committed),
 * never holding up or failing the call; on a desktop's local copy none are written at all.
 */
const notificationsMailed = t.middleware(({ ctx, next }) => {
  const mail = ctx.mail;
  return withNotificationOutbox(!ctx.localReplica, mail ? (ids) => void deliverMail(ctx.db, mail, ids) : null, () => next());
});

export const publicProcedure = t.procedure.use(translatedDbErrors).use(changesHooked).use(notificationsMailed);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The uuids among an input's top-level fields: what a refused call asked for, and nothing else of its input. */
function idsIn(input: unknown): Record<string, string> {
  if (typeof input !== "object" || input === null) return {};
  return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string" && UUID.test(entry[1])));
}

/** What a user signed in with a one-time password may do before choosing their own. */
const BEFORE_OWN_PASSWORD = new Set(["auth.me", "account.changePassword", "account.sessions", "account.endSession"]);

/** Signed in: the context gains the user and the tenancy scope every query goes through. */
export const authedProcedure = publicProcedure
  .use(async ({ ctx, path, next }) => {
    if (ctx.sessionToken === null) throw unauthorized();
    const session = ctx.signedInAs ? { user: ctx.signedInAs, kommuneState: null } : await findSession(ctx.db, ctx.sessionToken, ctx.now());
    if (!session) throw unauthorized();
    const { user, kommuneState } = session;
    const scope = scopeOf(user);
    if (!scope) throw forbidden();
    if (user.mustChangePassword && !BEFORE_OWN_PASSWORD.has(path)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Vælg din egen adgangskode, før du fortsætter" });
    }
    return next({ ctx: { user, scope, kommuneState } });
  })
  /**
   * A signed-in call refused as not found or forbidden is audited (who, which procedure, which
   * ids): probing for another kommune's citizens, or for what one's role may not see, leaves a
   * trace even though nothing was read. The ids go in the details only, since they may name
   * nothing. A sync push's replays are audited by the push itself (`sync.conflict`).
   */
  .use(async ({ ctx, path, getRawInput, next }) => {
    const result = await next();
    if (result.ok || ctx.signedInAs !== null) return result;
    const code = result.error.code;
    if (code !== "NOT_FOUND" && code !== "FORBIDDEN") return result;
    await audit(ctx.db, { userId: ctx.user.id }, "refused", null, { path, code, ids: idsIn(await getRawInput()) });
    return result;
  });

/** Only these roles; everyone else gets FORBIDDEN, before any data is touched. */
export function rolesProcedure<R extends UserRole>(...roles: R[]) {
  return authedProcedure.use(({ ctx, next }) => {
    const scope = ctx.scope;
    if (!hasRole(scope, roles)) throw forbidden();
    return next({ ctx: { scope } });
  });
}

export const jobcentreProcedure = rolesProcedure("sagsbehandler", "jobcenter_admin");

/**
 * Whole-kommune and whole-country computations (the compliance overview, the comparisons) take
 * long and a lot of CPU; a few at once is all the server gives them, so a burst of them cannot
 * keep every other request waiting. Past the line they are refused, to be tried again.
 */
const heavyBudget = new Budget(2, 8);

export const heavy = t.middleware(async ({ next }) => {
  const result = await heavyBudget.run(() => next());
  if (result === null) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Serveren er optaget af andre store beregninger lige nu. Prøv igen om lidt." });
  }
  return result.value;
});
export const akasseProcedure = rolesProcedure("akasse");

/**
 * What needs the server's live data (the inbox, the calendars, the calendar feed): on a desktop's
 * local copy it says so, as a typed refusal the screens show, rather than answer from stale data.
 */
export const serverOnly = t.middleware(({ ctx, next }) => {
  if (ctx.localReplica) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Det kræver forbindelse til serveren. Prøv igen, når du er online." });
  return next();
});
