/**
 * `kontakt admin create-system-admin --email E [--name N]`: the first system administrator of a
 * deployment (there is no default password). Opens the database the way the server does
 * (`DATABASE_URL`, else PGlite in `KONTAKTPLAN_DATA_DIR` or `<repo>/data/pglite`), migrates it,
 * and prints a one-time password that must be replaced at the first sign-in.
 */
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createSystemAdmin } from "@kontaktplan/api";
import { openDatabase } from "@kontaktplan/db";
import { DataDirInUseError, lockDataDir, type DataDirLock } from "@kontaktplan/db/data-lock";
import { Email, parseWith } from "@kontaktplan/schema";
import { parseArgs } from "../args.js";
import { EXIT } from "../exit-codes.js";
import type { Command, Output } from "../output.js";
import { usageError } from "../usage.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Where the server keeps its data, from the same variables the server reads. */
export function databaseOptions(env: NodeJS.ProcessEnv, repoRoot = REPO_ROOT): { url: string } | { dataDir: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dir = env.KONTAKTPLAN_DATA_DIR;
  return { dataDir: !dir ? join(repoRoot, "data", "pglite") : isAbsolute(dir) ? dir : resolve(dir) };
}

export const adminCommand: Command = async (args, output) => {
  const parsed = parseArgs(args, { email: "value", name: "value" });
  if (!parsed.ok) return usageError(output, parsed.message);
  const [sub, ...extra] = parsed.args.positionals;
  if (sub !== "create-system-admin" || extra.length > 0) return usageError(output, "brug: kontakt admin create-system-admin --email E-MAIL [--name NAVN]");
  const rawEmail = parsed.args.options.get("email");
  if (typeof rawEmail !== "string") return usageError(output, "create-system-admin kræver --email");
  const email = parseWith(Email, rawEmail);
  if (!email.ok) {
    output.err(`kontakt: ${email.errors.map((e) => e.message).join("; ")}`);
    return EXIT.invalid;
  }
  const name = parsed.args.options.get("name");
  return createFirstAdmin(output, email.value, typeof name === "string" ? name : "Systemadministrator");
};

async function createFirstAdmin(output: Output, email: string, name: string): Promise<number> {
  const options = databaseOptions(process.env);
  // PGlite is one process's database: hold the server's own lock on the folder while working.
  let lock: DataDirLock | null = null;
  if ("dataDir" in options) {
    try {
      lock = await lockDataDir(options.dataDir);
    } catch (error) {
      if (!(error instanceof DataDirInUseError)) throw error;
      output.err("kontakt: datamappen bruges af en kørende Kontaktplan-server. Stop serveren, og prøv igen.");
      return EXIT.failed;
    }
  }
  try {
    const database = await openDatabase(options);
    try {
      await database.migrate();
      const created = await database.db.transaction((tx) => createSystemAdmin(tx, { email, name }));
      output.out(`Systemadministrator oprettet: ${email}`);
      output.out(`Engangsadgangskode: ${created.oneTimePassword}`);
      output.out("Log ind med den i webportalen; du bliver bedt om at vælge din egen adgangskode.");
      return EXIT.ok;
    } finally {
      await database.close();
    }
  } catch (error) {
    // The API's refusal of a taken e-mail (a TRPCError with a Danish message).
    if (error instanceof Error && (error as { code?: unknown }).code === "CONFLICT") {
      output.err(`kontakt: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  } finally {
    await lock?.release();
  }
}
