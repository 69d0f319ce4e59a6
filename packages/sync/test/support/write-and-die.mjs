// A desktop process that plans meetings on its local database and is then killed (SIGKILL) before
// it could push them: `node write-and-die.mjs DATA_DIR EMAIL PASSWORD FORLOEB_ID...`. Prints the
// new meetings' ids first. Runs the built package, as the Electron main process would.
import process from "node:process";
import { appRouter, createCallerFactory } from "@kontaktplan/api";
import { openDatabase } from "@kontaktplan/db";
import { createLocalContext } from "../../dist/index.js";

const [dataDir, email, password, ...forloebIds] = process.argv.slice(2);
const database = await openDatabase({ dataDir });
const createCaller = createCallerFactory(appRouter);
let cookie;
const setCookie = (header) => {
  cookie = header.split(";")[0];
};
await createCaller(await createLocalContext({ database, cookieHeader: undefined, setCookie })).auth.login({ email, password });
const api = createCaller(await createLocalContext({ database, cookieHeader: cookie, setCookie }));
const ids = [];
// A month ahead of today: the server refuses meetings more than a year out.
const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
for (const forloebId of forloebIds) {
  ids.push((await api.meeting.plan({ forloebId, date, time: "09:00", kind: "individuel" })).id);
}
process.stdout.write(`${JSON.stringify(ids)}\n`);
process.kill(process.pid, "SIGKILL");
