import { createServer } from "@kontaktplan/http-server";
import { DEMO_PASSWORD } from "@kontaktplan/demo";
import { demoDatabase, serveForTest, type TestServer } from "@kontaktplan/test-server";
import { copenhagenToday, parseDay } from "@kontaktplan/rules/dates";

export { DEMO_PASSWORD, type TestServer };
export const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

/**
 * The real Kontaktplan server on a fresh in-memory PGlite with the demo data, over real HTTP. `stop`
 * takes it off the network and `start` brings it back on the same port with the same data, like an
 * outage; `close` also closes its database.
 */
export async function startTestServer(): Promise<TestServer> {
  const database = await demoDatabase("pglite", parseDay(copenhagenToday(new Date())));
  const server = await serveForTest(createServer({ database, log: () => undefined }));
  return {
    ...server,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
