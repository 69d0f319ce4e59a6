import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@kontaktplan/api";
import { openDatabase, tables } from "@kontaktplan/db";
import { lockDataDir } from "@kontaktplan/db/data-lock";
import { run } from "../src/cli.js";
import { capture } from "./support.js";

describe("kontakt admin create-system-admin (PGlite)", () => {
  let dir: string;
  const saved = { data: process.env.KONTAKTPLAN_DATA_DIR, url: process.env.DATABASE_URL };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kontakt-admin-"));
    process.env.KONTAKTPLAN_DATA_DIR = join(dir, "pglite");
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    process.env.KONTAKTPLAN_DATA_DIR = saved.data;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates a system admin on an empty database and prints a one-time password that must be replaced", async () => {
    const output = capture();
    expect(await run(["admin", "create-system-admin", "--email", "Drift@Example.DK"], output)).toBe(0);
    const password = /^Engangsadgangskode: (\S+)$/.exec(output.stdout.find((l) => l.startsWith("Engangsadgangskode")) ?? "")?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);

    const database = await openDatabase({ dataDir: join(dir, "pglite") });
    try {
      const [user] = await database.db.select().from(tables.users);
      expect(user).toMatchObject({ email: "drift@example.dk", role: "system_admin", organisationId: null, mustChangePassword: true, disabled: false });
      expect(await verifyPassword(password!, user!.passwordHash)).toBe(true);
      const [audit] = await database.db.select().from(tables.auditLog);
      expect(audit).toMatchObject({ userId: null, action: "admin.user.create", details: { targetUserId: user!.id } });
      expect(JSON.stringify(audit)).not.toContain(password!);
    } finally {
      await database.close();
    }

    const again = capture();
    expect(await run(["admin", "create-system-admin", "--email", "drift@example.dk"], again)).toBe(1);
    expect(again.stderr).toEqual(["kontakt: Der findes allerede en bruger med denne e-mailadresse"]);
  }, 120_000);

  it("refuses a malformed e-mail, a missing --email, and a data folder the server holds", async () => {
    const bad = capture();
    expect(await run(["admin", "create-system-admin", "--email", "ikke-en-adresse"], bad)).toBe(2);
    expect(bad.stderr).toEqual(["kontakt: Angiv en gyldig e-mailadresse, fx navn@kommune.dk"]);
    expect(await run(["admin", "create-system-admin"], capture())).toBe(64);
    expect(await run(["admin", "frobnicate", "--email", "a@b.dk"], capture())).toBe(64);

    // The server's own lock on the folder, as a running server holds it.
    const lock = await lockDataDir(join(dir, "pglite"));
    try {
      const held = capture();
      expect(await run(["admin", "create-system-admin", "--email", "drift@example.dk"], held)).toBe(1);
      expect(held.stderr[0]).toMatch(/bruges af en kørende Kontaktplan-server/);
    } finally {
      await lock.release();
    }
  });
});
