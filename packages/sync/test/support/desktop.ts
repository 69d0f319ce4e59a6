/**
 * A desktop client as the Electron main process runs it: its own PGlite, the app router on it with
 * the outbox hook (signed in locally with the caseworker's password), and a sync engine.
 */
import { appRouter, createCallerFactory, type AppRouter } from "@kontaktplan/api";
import { openDatabase, type Database } from "@kontaktplan/db";
import type { SyncScope } from "@kontaktplan/schema";
import { freshDatabase } from "@kontaktplan/testing";
import { createLocalContext, createSyncEngine, type SyncEngine, type SyncRemote } from "../../src/index.js";
import { PASSWORD } from "./fixture.js";

const createCaller = createCallerFactory(appRouter);
export type LocalApi = ReturnType<typeof createCaller>;

export interface Desktop {
  readonly database: Database;
  readonly engine: SyncEngine;
  /** The local router, signed in as the caseworker. */
  readonly api: LocalApi;
  close(): Promise<void>;
}

/** A migrated PGlite: in memory, or in a data folder that survives the process. */
export async function localDatabase(dataDir?: string): Promise<Database> {
  if (!dataDir) return freshDatabase("pglite");
  const database = await openDatabase({ dataDir });
  await database.migrate();
  return database;
}

/** Sign in on the local database (the caseworker's password hash came with the first download). */
export async function localApi(database: Database, email: string, password = PASSWORD): Promise<LocalApi> {
  let cookie: string | undefined;
  const setCookie = (header: string) => {
    cookie = header.split(";")[0];
  };
  const anonymous = createCaller(await createLocalContext({ database, cookieHeader: undefined, setCookie }));
  await anonymous.auth.login({ email, password });
  return createCaller(await createLocalContext({ database, cookieHeader: cookie, setCookie }));
}

export async function openDesktop(options: {
  remote: SyncRemote;
  email: string;
  dataDir?: string;
  firstSync?: boolean;
  pushBatchSize?: number;
  scope?: SyncScope;
}): Promise<Desktop> {
  const database = await localDatabase(options.dataDir);
  const engine = createSyncEngine({
    local: database,
    remote: options.remote,
    scope: options.scope ?? "kommune",
    retry: { initialDelayMs: 50, maxDelayMs: 400 },
    ...(options.pushBatchSize ? { pushBatchSize: options.pushBatchSize } : {}),
  });
  if (options.firstSync ?? true) await engine.firstSync();
  const api = await localApi(database, options.email);
  return {
    database,
    engine,
    api,
    close: async () => {
      engine.close();
      await database.close();
    },
  };
}

export type { AppRouter };
