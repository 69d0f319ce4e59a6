import type { RuleSet } from "@kontaktplan/schema";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Database } from "@kontaktplan/db";
import type { DbKind } from "@kontaktplan/db";
import { freshDatabase } from "@kontaktplan/testing";
import { seedWorld, type World } from "./world.js";

/**
 * A fresh database with the seeded world for every test of the enclosing describe block, or with
 * `shared` one for all of them (for read-mostly tests that make many calls).
 */
export function useWorld(
  kind: DbKind,
  { shared = false, nationalRuleSet }: { shared?: boolean; nationalRuleSet?: RuleSet | null } = {},
): { readonly database: Database; readonly world: World } {
  const state: { database?: Database; world?: World } = {};
  (shared ? beforeAll : beforeEach)(async () => {
    state.database = await freshDatabase(kind);
    state.world = await seedWorld(state.database.db, { nationalRuleSet });
  });
  (shared ? afterAll : afterEach)(async () => {
    await state.database?.close();
  });
  return {
    get database() {
      if (!state.database) throw new Error("useWorld: no database outside a test");
      return state.database;
    },
    get world() {
      if (!state.world) throw new Error("useWorld: no world outside a test");
      return state.world;
    },
  };
}
