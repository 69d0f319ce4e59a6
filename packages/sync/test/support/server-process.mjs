// The server as its own process, for tests that kill it: `DATABASE_URL=… PORT=… node server-process.mjs`.
// Prints the line every server entry prints once it accepts connections (`startServerProcess` waits
// for it). Runs the built @kontaktplan/http-server.
import process from "node:process";
import { openDatabase } from "@kontaktplan/db";
import { createServer } from "@kontaktplan/http-server";

const database = await openDatabase({ url: process.env.DATABASE_URL });
const server = createServer({ database, log: () => undefined });
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write(`Kontaktplan kører på http://127.0.0.1:${server.address().port} \n`));
