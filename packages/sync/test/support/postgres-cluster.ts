import { postgresUrl } from "@kontaktplan/testing";

/**
 * Start one private PostgreSQL cluster for every test file instead of one per worker; workers
 * inherit its URL. When scripts/test.sh has started a shared cluster, that one is used.
 */
export default async function setup(): Promise<void> {
  process.env.KONTAKTPLAN_TEST_PG_URL ??= await postgresUrl();
}
