/**
 * `@kontaktplan/test-server`: the real server for a test, over real HTTP (a devDependency only).
 * In this process: the test builds the server (`createServer` of `@kontaktplan/http-server`, with
 * its database, clock and options; `demoDatabase` gives PGlite or PostgreSQL with the demo data)
 * and `serveForTest` puts it on a free port. As a process of its own: `startServerProcess` runs a
 * built entry point (the app's `dist/main.js`, or a test's own) and waits until it listens.
 * `browserClient` talks to either like the web portal in a browser.
 *
 * It does not depend on `@kontaktplan/http-server`, so that package's own tests can use it.
 */
export { browserClient } from "./browser-client.js";
export { demoDatabase } from "./demo-database.js";
export { serveForTest, type TestServer } from "./serve.js";
export { killServerProcesses, startServerProcess, type ServerProcess, type ServerProcessOptions } from "./server-process.js";
