/** Each test's server: a fresh PostgreSQL database with a seeded kommune, served over real HTTP. */
import { afterEach, beforeEach } from "vitest";
import type { Database } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/testing";
import { seedKommune, type Kommune } from "./fixture.js";
import type { TestServer } from "@kontaktplan/test-server";
import { startServer } from "./server.js";

export interface ServerWorld {
  database: Database;
  kommune: Kommune;
  server: TestServer;
}

/** A fresh server for every test; `cleanup` registers what the test opens (desktops, restarted servers). */
export function useServer(citizens = 6, caseworkers = 2): { readonly world: ServerWorld; cleanup(close: () => Promise<void>): void } {
  let world: ServerWorld | undefined;
  let closers: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    const database = await freshDatabase("postgres");
    const kommune = await seedKommune(database.db, { citizens, caseworkers });
    world = { database, kommune, server: await startServer(database) };
  });
  afterEach(async () => {
    for (const close of closers.reverse()) await close();
    closers = [];
    await world?.server.stop();
    await world?.database.close();
  });
  return {
    get world() {
      if (!world) throw new Error("useServer: no server outside a test");
      return world;
    },
    cleanup(close) {
      closers.push(close);
    },
  };
}

/** Wait for a condition the engine reaches on its own (status updates after a local write). */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("until: condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
