import { getTRPCErrorShape, TRPCError } from "@trpc/server";
import type { Database } from "@kontaktplan/db";
import { appRouter, createCallerFactory, createContext, SESSION_COOKIE } from "../../src/index.js";
import { startSession } from "../../src/auth/session.js";
import { expect } from "vitest";

/** Monday 3 March 2025, 10:00 in Copenhagen: every test's "now" unless it moves the clock. */
export const NOW = new Date("2025-03-03T09:00:00Z");
export const TODAY = "2025-03-03";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface CallerOptions {
  cookieHeader?: string | undefined;
  now?: () => Date;
  cookies?: string[];
  /** The client's address (the login rate limit counts per e-mail and address). */
  clientAddress?: string;
}

export async function anonymous(database: Database, options: CallerOptions = {}): Promise<Caller> {
  const cookies = options.cookies ?? [];
  return createCaller(
    await createContext({
      db: database.db,
      dbKind: database.kind,
      cookieHeader: options.cookieHeader,
      setCookie: (header) => cookies.push(header),
      now: options.now ?? (() => NOW),
      ...(options.clientAddress !== undefined ? { clientAddress: options.clientAddress } : {}),
    }),
  );
}

/** A caller signed in as the user, through a real session row and cookie. */
export async function callerAs(database: Database, userId: string, now: () => Date = () => NOW): Promise<Caller> {
  const { token } = await startSession(database.db, userId, now());
  return anonymous(database, { cookieHeader: `${SESSION_COOKIE}=${token}`, now });
}

/** The rejection of a call, which must be a TRPCError. */
export async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** What a client receives for an error: the formatted shape. */
export function shapeOf(error: TRPCError) {
  return getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "test", input: undefined, ctx: undefined });
}
