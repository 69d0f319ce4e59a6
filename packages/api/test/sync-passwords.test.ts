/**
 * A new password, a reset and a deactivation reach the desktops through the change log: the pull
 * re-sends the user, with the password hash to the user's own desktop only.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import type { SyncRecord } from "@kontaktplan/schema";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { callerAs, refusal } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { changeRows } from "./support/log.js";
import { PASSWORD } from "./support/world.js";

describe.each(DATABASE_KINDS)("a user's password and account on the desktops, on %s", (kind) => {
  const env = useWorld(kind);

  /** The user records a pull by `userId` answers after `since`. */
  async function pulledUsers(userId: string, since: number): Promise<Extract<SyncRecord, { entity: "user" }>[]> {
    const page = await (await callerAs(env.database, userId)).sync.pull({ scope: "kommune", since });
    return page.changes.flatMap((c) => (c.record.entity === "user" ? [c.record] : []));
  }

  async function storedHash(userId: string): Promise<string> {
    const [row] = await env.database.db.select({ passwordHash: tables.users.passwordHash }).from(tables.users).where(eq(tables.users.id, userId));
    return row!.passwordHash;
  }

  async function startOfPull(userId: string): Promise<number> {
    return (await (await callerAs(env.database, userId)).sync.snapshot({ scope: "kommune" })).seq;
  }

  it("sends the caseworker's new hash to their own desktop after they change their password, and to no colleague", async () => {
    const { caseworker, admin } = env.world.a;
    const since = await startOfPull(caseworker.id);
    const old = await storedHash(caseworker.id);
    await (await callerAs(env.database, caseworker.id)).account.changePassword({ currentPassword: PASSWORD, newPassword: "Blå hest spiser gule æbler" });
    const changed = await storedHash(caseworker.id);
    expect(changed).not.toBe(old);

    expect(await pulledUsers(caseworker.id, since)).toEqual([
      { entity: "user", id: caseworker.id, record: expect.objectContaining({ id: caseworker.id, disabled: false, passwordHash: changed }) },
    ]);
    expect(await pulledUsers(admin.id, since)).toEqual([
      { entity: "user", id: caseworker.id, record: expect.objectContaining({ id: caseworker.id, passwordHash: null }) },
    ]);
    // The other kommune's desktops hear nothing of it.
    expect(await pulledUsers(env.world.b.caseworker.id, 0)).toEqual([]);
    // The change log itself never holds a hash.
    expect(JSON.stringify(await changeRows(env.database))).not.toContain("scrypt");
  });

  it("after an admin's reset, sends no hash until the caseworker has chosen their own password, then that one to their own desktop only", async () => {
    const { caseworker, admin } = env.world.a;
    const since = await startOfPull(caseworker.id);
    const { oneTimePassword } = await (await callerAs(env.database, admin.id)).admin.users.resetPassword({ userId: caseworker.id });

    // A one-time password opens nothing but the password change: not the sync either.
    expect((await refusal(pulledUsers(caseworker.id, since))).code).toBe("FORBIDDEN");
    expect(await pulledUsers(admin.id, since)).toEqual([{ entity: "user", id: caseworker.id, record: expect.objectContaining({ passwordHash: null }) }]);

    await (await callerAs(env.database, caseworker.id)).account.changePassword({ currentPassword: oneTimePassword, newPassword: "Blå hest spiser gule æbler" });
    expect(await pulledUsers(caseworker.id, since)).toEqual([
      { entity: "user", id: caseworker.id, record: expect.objectContaining({ passwordHash: await storedHash(caseworker.id) }) },
    ]);
    expect(await pulledUsers(admin.id, since)).toEqual([{ entity: "user", id: caseworker.id, record: expect.objectContaining({ passwordHash: null }) }]);
    expect(JSON.stringify(await changeRows(env.database))).not.toContain("scrypt");
  });

  it("sends a deactivation to the kommune's desktops, without a hash", async () => {
    const { caseworker, admin } = env.world.a;
    const since = await startOfPull(admin.id);
    await (await callerAs(env.database, admin.id)).admin.users.setActive({ userId: caseworker.id, active: false });
    expect(await pulledUsers(admin.id, since)).toEqual([
      { entity: "user", id: caseworker.id, record: expect.objectContaining({ disabled: true, passwordHash: null }) },
    ]);
  });
});
