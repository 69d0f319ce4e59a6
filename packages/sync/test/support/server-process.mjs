// The server as its own process, for tests that kill it: `node server-process.mjs DATABASE_URL PORT`.
// Prints "listening" once it accepts connections. Runs the built server, as `pnpm start` does.
import process from "node:process";
import { openDatabase } from "@kontaktplan/db";
import { createServer } from "@kontaktplan/server/dist/http.js";

const [url, port] = process.argv.slice(2);
const database = await openDatabase({ url });
createServer({ database, log: () => undefined }).listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
