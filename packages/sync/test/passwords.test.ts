import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@kontaktplan/api";
import { tables, type Database } from "@kontaktplan/db";
import { localApi, openDesktop } from "./support/desktop.js";
import { PASSWORD } from "./support/fixture.js";
import { signedInRemote } from "./support/remote.js";
import { useServer, type ServerWorld } from "./support/world.js";

const NEW_PASSWORD = "Blå hest spiser gule æbler";

/** The jobcentre's administrator, signed in on the server. */
async function adminOf(world: ServerWorld) {
  await world.database.db.insert(tables.users).values({
    organisationId: world.kommune.jobcentreId,
    email: "admin@example.dk",
    name: "Ada Admin",
    role: "jobcenter_admin",
    passwordHash: await hashPassword(PASSWORD),
  });
  return signedInRemote(world.server.url, "admin@example.dk", PASSWORD);
}

/** Whether the password opens the desktop's copy (the local router's sign-in, as the desktop's offline sign-in). */
async function opensLocally(database: Database, email: string, password: string): Promise<boolean> {
  return localApi(database, email, password).then(
    () => true,
    (error: unknown) => {
      if ((error as { code?: unknown }).code !== "UNAUTHORIZED") throw error;
      return false;
    },
  );
}

/**
 * A password changed or reset, or an account closed, on the server reaches the desktop with its next
 * pull: the local sign-in (offline) follows the server's.
 */
describe("passwords and accounts on the desktop", () => {
  const env = useServer();

  it("after the caseworker changes their password on the web, the pull makes the new one open the desktop and the old one not", async () => {
    const { server, kommune } = env.world;
    const [anne] = kommune.caseworkers as [{ id: string; email: string }];
    const remote = await signedInRemote(server.url, anne.email, PASSWORD);
    const desktop = await openDesktop({ remote, email: anne.email, scope: "mine" });
    env.cleanup(desktop.close);

    const web = await signedInRemote(server.url, anne.email, PASSWORD);
    await web.account.changePassword.mutate({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    // The change ended the desktop's server session; the desktop signs in on the server again.
    await expect(desktop.engine.sync()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    await remote.auth.login.mutate({ email: anne.email, password: NEW_PASSWORD });
    await desktop.engine.sync();

    expect(await opensLocally(desktop.database, anne.email, PASSWORD)).toBe(false);
    expect(await opensLocally(desktop.database, anne.email, NEW_PASSWORD)).toBe(true);
  });

  it("after an admin's reset and the caseworker's own new password, the pull makes that one open the desktop, and neither the old nor the one-time one", async () => {
    const { server, kommune } = env.world;
    const [anne] = kommune.caseworkers as [{ id: string; email: string }];
    const admin = await adminOf(env.world);
    const remote = await signedInRemote(server.url, anne.email, PASSWORD);
    const desktop = await openDesktop({ remote, email: anne.email, scope: "mine" });
    env.cleanup(desktop.close);

    const { oneTimePassword } = await admin.admin.users.resetPassword.mutate({ userId: anne.id });
    const web = await signedInRemote(server.url, anne.email, oneTimePassword);
    await web.account.changePassword.mutate({ currentPassword: oneTimePassword, newPassword: NEW_PASSWORD });
    await remote.auth.login.mutate({ email: anne.email, password: NEW_PASSWORD });
    await desktop.engine.sync();

    expect(await opensLocally(desktop.database, anne.email, PASSWORD)).toBe(false);
    expect(await opensLocally(desktop.database, anne.email, oneTimePassword)).toBe(false);
    expect(await opensLocally(desktop.database, anne.email, NEW_PASSWORD)).toBe(true);
  });

  it("never receives a colleague's password: one who signed in on this machine loses it with a reset, and a deactivation ends their sessions here for good", async () => {
    const { server, kommune } = env.world;
    const [anne, bo] = kommune.caseworkers as [{ id: string; email: string }, { id: string; email: string }];
    const admin = await adminOf(env.world);
    const desktop = await openDesktop({ remote: await signedInRemote(server.url, anne.email, PASSWORD), email: anne.email, scope: "kommune" });
    env.cleanup(desktop.close);
    const local = desktop.database.db;
    const localHashOf = async (id: string) => (await local.select().from(tables.users).where(eq(tables.users.id, id)))[0]?.passwordHash;
    // Bo signed in on this machine once (the desktop then keeps a hash of his password, as it did for Anne).
    await local
      .update(tables.users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(tables.users.id, bo.id));
    expect(await opensLocally(desktop.database, bo.email, PASSWORD)).toBe(true);

    await admin.admin.users.resetPassword.mutate({ userId: bo.id });
    await desktop.engine.sync();
    expect(await opensLocally(desktop.database, bo.email, PASSWORD)).toBe(false);
    expect(await localHashOf(bo.id)).toBe("!");
    // Anne's own password, which came with the same pulls, still opens it.
    expect(await opensLocally(desktop.database, anne.email, PASSWORD)).toBe(true);

    // Bo's session on this machine (opened before) ends with his deactivation, and a reactivation does not bring it back.
    await local
      .update(tables.users)
      .set({ passwordHash: await hashPassword(PASSWORD) })
      .where(eq(tables.users.id, bo.id));
    const bosSession = await localApi(desktop.database, bo.email);
    expect((await bosSession.auth.me()).id).toBe(bo.id);
    await admin.admin.users.setActive.mutate({ userId: bo.id, active: false });
    await desktop.engine.sync();
    expect(await opensLocally(desktop.database, bo.email, PASSWORD)).toBe(false);
    await admin.admin.users.setActive.mutate({ userId: bo.id, active: true });
    await desktop.engine.sync();
    await expect(bosSession.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await local.select().from(tables.sessions).where(eq(tables.sessions.userId, bo.id))).toEqual([]);
  });
});
