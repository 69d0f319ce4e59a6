import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDesktop, type Desktop } from "../src/main/desktop.js";
import { createRemoteClient, type RemoteClient } from "../src/main/remote-server.js";
import { SessionCookie } from "../src/main/session-cookie.js";
import { rendererClients, tempProfile } from "./support/desktop-harness.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "./support/server.js";

/**
 * A password changed on the web, an admin's reset and a deactivation, as the desktop meets them:
 * the server ends the desktop's session, and the next sync that finds it ended signs out here and
 * forgets the password, so the old one no longer opens this machine's copy offline.
 */
let server: TestServer;
const opened: { desktop: Desktop; profile: ReturnType<typeof tempProfile> }[] = [];

const NEW_PASSWORD = "Blå hest spiser gule æbler";
const ADMIN = "admin@koebenhavn.jobcenter.example";
const caseworker = (n: number) => `sagsbehandler${n}@koebenhavn.jobcenter.example`;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const { desktop, profile } of opened) {
    await desktop.close();
    profile.remove();
  }
  await server?.close();
});

/** A client of the server as a browser of the web portal would be. */
async function web(email: string, password: string): Promise<RemoteClient> {
  const remote = createRemoteClient(server.url, new SessionCookie());
  await remote.auth.login.mutate({ email, password });
  return remote;
}

/** A desktop of its own on which the caseworker signed in online, with the first download and sync done. */
async function desktopOf(email: string) {
  const profile = tempProfile();
  const desktop = await startDesktop({
    dataDir: join(profile.dir, "pglite"),
    serverUrl: server.url,
    syncIntervalMs: 0,
    retry: { initialDelayMs: 20, maxDelayMs: 40, maxAttempts: 2 },
  });
  opened.push({ desktop, profile });
  const renderer = rendererClients(desktop.handle);
  await renderer.desktop.signIn.mutate({ email, password: DEMO_PASSWORD });
  await expect.poll(async () => (await renderer.desktop.status.query()).lastSyncAt, { timeout: 60_000 }).not.toBeNull();
  return renderer;
}

type Renderer = Awaited<ReturnType<typeof desktopOf>>;

/** Sign in with the server away (the desktop's own copy decides). */
async function offline<T>(work: () => Promise<T>): Promise<T> {
  await server.stop();
  try {
    return await work();
  } finally {
    await server.start();
  }
}

async function expectSignedOut(renderer: Renderer): Promise<void> {
  await expect(renderer.app.auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
}

async function expectRefused(renderer: Renderer, email: string, password: string): Promise<void> {
  await expect(renderer.desktop.signIn.mutate({ email, password })).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
}

/** The next sync finds the server session ended: signed out here, and the old password refused offline. */
async function expectSyncSignsOut(renderer: Renderer, email: string): Promise<void> {
  expect(await renderer.desktop.syncNow.mutate()).toMatchObject({ online: true, serverSession: false });
  await expectSignedOut(renderer);
  await offline(() => expectRefused(renderer, email, DEMO_PASSWORD));
}

async function userByEmail(admin: Awaited<ReturnType<typeof web>>, email: string) {
  return (await admin.admin.users.list.query({})).find((u) => u.email === email)!;
}

/** Signed in online with the new password and synced, then offline: the old password is refused, the new one works. */
async function expectNewPasswordOffline(renderer: Renderer, email: string): Promise<void> {
  await renderer.desktop.signIn.mutate({ email, password: NEW_PASSWORD });
  expect(await renderer.desktop.syncNow.mutate()).toMatchObject({ online: true, serverSession: true, error: null });
  await renderer.app.auth.logout.mutate();
  await offline(async () => {
    await expectRefused(renderer, email, DEMO_PASSWORD);
    expect((await renderer.desktop.signIn.mutate({ email, password: NEW_PASSWORD })).email).toBe(email);
  });
}

describe("the desktop after the server ended the caseworker's access", () => {
  it("(a) a password changed on the web: the next sync signs out here; offline the old password is refused, the new one works once the server has accepted it", async () => {
    const email = caseworker(1);
    const renderer = await desktopOf(email);
    await (await web(email, DEMO_PASSWORD)).account.changePassword.mutate({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });

    await expectSyncSignsOut(renderer, email);

    await expectNewPasswordOffline(renderer, email);
  });

  it("(b) an admin's reset: the next sync signs out here; the old and the one-time password are refused, the caseworker's own new one works offline", async () => {
    const email = caseworker(2);
    const renderer = await desktopOf(email);
    const admin = await web(ADMIN, DEMO_PASSWORD);
    const user = await userByEmail(admin, email);
    const { oneTimePassword } = await admin.admin.users.resetPassword.mutate({ userId: user.id });

    await expectSyncSignsOut(renderer, email);
    // The one-time password is for choosing one's own in the web portal, not for this machine.
    await expect(renderer.desktop.signIn.mutate({ email, password: oneTimePassword })).rejects.toMatchObject({
      message: "Vælg din egen adgangskode i webportalen, og log derefter ind her med den.",
      data: { code: "FORBIDDEN" },
    });
    await offline(() => expectRefused(renderer, email, oneTimePassword));

    await (await web(email, oneTimePassword)).account.changePassword.mutate({ currentPassword: oneTimePassword, newPassword: NEW_PASSWORD });
    await expectNewPasswordOffline(renderer, email);
  });

  it("(c) a deactivation: the next sync signs out here, and the password is refused offline and online", async () => {
    const email = caseworker(3);
    const renderer = await desktopOf(email);
    const admin = await web(ADMIN, DEMO_PASSWORD);
    const user = await userByEmail(admin, email);
    await admin.admin.users.setActive.mutate({ userId: user.id, active: false });

    await expectSyncSignsOut(renderer, email);
    await expectRefused(renderer, email, DEMO_PASSWORD);
  });

  it("(c) a deactivation while the caseworker works after an offline sign-in: once the server refuses the credentials, signed out here and refused offline", async () => {
    const email = "sagsbehandler1@aarhus.jobcenter.example";
    const renderer = await desktopOf(email);
    await renderer.app.auth.logout.mutate();
    await offline(() => renderer.desktop.signIn.mutate({ email, password: DEMO_PASSWORD }));
    const admin = await web("admin@aarhus.jobcenter.example", DEMO_PASSWORD);
    const user = await userByEmail(admin, email);
    await admin.admin.users.setActive.mutate({ userId: user.id, active: false });

    // The sync signs in on the server with what was typed offline; the server refuses it.
    await renderer.desktop.syncNow.mutate().catch(() => undefined);
    await expectSignedOut(renderer);
    await offline(() => expectRefused(renderer, email, DEMO_PASSWORD));
  });

  it("changes no password on this machine's copy: that is the web portal's, and its input must never reach the outbox", async () => {
    const renderer = await desktopOf("sagsbehandler2@aarhus.jobcenter.example");
    const body = JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD });
    const answer = await renderer.bridge.fetch({ url: "/trpc/account.changePassword", method: "POST", headers: [["content-type", "application/json"]], body });
    expect(answer.status).toBe(404);
    expect((await renderer.desktop.status.query()).pending).toBe(0);
  });

  it("a session that simply ran out (a working day) leaves the offline sign-in alone", () => {
    const session = new SessionCookie();
    expect(session.unexpiredAt(Date.now())).toBe(false);
    session.accept(`kontaktplan_session=${"a".repeat(43)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=28800`);
    expect(session.unexpiredAt(Date.now())).toBe(true);
    // Within the last minutes, or after the 8 hours, a refusal is the session's natural end.
    expect(session.unexpiredAt(Date.now() + 8 * 60 * 60 * 1000 - 60_000)).toBe(false);
    session.clear();
    expect(session.unexpiredAt(Date.now())).toBe(false);
  });
});
