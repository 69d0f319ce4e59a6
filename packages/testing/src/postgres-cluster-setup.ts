import { postgresUrl } from "@kontaktplan/db/testing";

/**
 * A vitest `globalSetup`: one private PostgreSQL cluster for every test file of a package instead
 * of one per worker; workers inherit its URL. When scripts/test.sh has started a shared cluster,
 * that one is used.
 */
export default async function setup(): Promise<void> {
  process.env.KONTAKTPLAN_TEST_PG_URL ??= await postgresUrl();
}
