import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDay, mondayOf, parseDay } from "@kontaktplan/rules/dates";
import { LOCK_NAME } from "@kontaktplan/db/data-lock";
import { startDesktop, type Desktop } from "../src/main/desktop.js";
import { createRemoteClient } from "../src/main/remote-server.js";
import { SessionCookie } from "../src/main/session-cookie.js";
import { rendererClients, tempProfile } from "./support/desktop-harness.js";
import { CASEWORKER, DEMO_PASSWORD, startTestServer, type TestServer } from "./support/server.js";

/**
 * The main process's logic as the app wires it (`startDesktop`): sign-in, first download, local
 * work while the server is away, and the sync that brings it to the server.
 */
let server: TestServer;
let desktop: Desktop;
let profile: ReturnType<typeof tempProfile>;
let renderer: ReturnType<typeof rendererClients>;
const dataDir = () => join(profile.dir, "pglite");

beforeAll(async () => {
  server = await startTestServer();
  profile = tempProfile();
  desktop = await startDesktop({ dataDir: dataDir(), serverUrl: server.url, syncIntervalMs: 0, retry: { initialDelayMs: 20, maxDelayMs: 40, maxAttempts: 2 } });
  renderer = rendererClients(desktop.handle);
});

afterAll(async () => {
  await desktop?.close();
  await server?.close();
  profile?.remove();
});

const serverView = async () => {
  const remote = createRemoteClient(server.url, new SessionCookie());
  await remote.auth.login.mutate({ email: CASEWORKER, password: DEMO_PASSWORD });
  return remote;
};

describe("the desktop's main process", () => {
  it("needs the first download before anything else, and the screens are signed out", async () => {
    expect((await renderer.desktop.status.query()).download).toEqual({ state: "needed" });
    await expect(renderer.app.auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });

  it("signs in, downloads the caseworker's caseload and syncs", async () => {
    const me = await renderer.desktop.signIn.mutate({ email: CASEWORKER, password: DEMO_PASSWORD });
    expect(me.email).toBe(CASEWORKER);
    await expect.poll(async () => (await renderer.desktop.status.query()).lastSyncAt, { timeout: 60_000 }).not.toBeNull();
    const status = await renderer.desktop.status.query();
    expect(status).toMatchObject({ online: true, pending: 0, conflicts: 0, download: { state: "done" } });

    const local = await renderer.app.caseload.list.query({ scope: "mine", pageSize: 200 });
    const remote = await (await serverView()).caseload.list.query({ scope: "mine", pageSize: 200 });
    expect(local.total).toBe(remote.total);
    expect(local.rows.map((r) => [r.citizenId, r.nextDeadline])).toEqual(remote.rows.map((r) => [r.citizenId, r.nextDeadline]));
  });

  /** A citizen of the caseload whose current forløb is still running, so a meeting can be planned today. */
  async function ongoingCitizen() {
    const { rows } = await renderer.app.caseload.list.query({ scope: "mine", pageSize: 50 });
    for (const row of rows) {
      const detail = await renderer.app.citizen.get.query({ citizenId: row.citizenId });
      if (detail.forloeb.at(-1)?.end == null) return { citizenId: row.citizenId, detail };
    }
    throw new Error("The demo caseload has no citizen with an ongoing forløb");
  }

  it("keeps working while the server is away and sends the changes once it is back", async () => {
    const { citizenId, detail } = await ongoingCitizen();

    await server.stop();
    try {
      const afterOffline = await renderer.desktop.syncNow.mutate();
      expect(afterOffline.online).toBe(false);
      await renderer.app.meeting.plan.mutate({ forloebId: detail.forloeb.at(-1)!.id, date: detail.asOf, time: "13:15", kind: "individuel" });
      expect((await renderer.desktop.status.query()).pending).toBe(1);
    } finally {
      await server.start();
    }

    const synced = await renderer.desktop.syncNow.mutate();
    expect(synced).toMatchObject({ online: true, pending: 0, conflicts: 0 });
    const onServer = await (await serverView()).citizen.get.query({ citizenId });
    expect(onServer.meetings.filter((m) => m.date === detail.asOf && m.time === "13:15")).toHaveLength(1);
  });

  it("asks the server for the inbox and the calendar while it is reachable, and says they need it when it is not", async () => {
    const online = await serverView();
    const today = (await renderer.app.caseload.list.query({ pageSize: 1 })).asOf;
    const week = { monday: formatDay(mondayOf(parseDay(today))) };
    expect(await renderer.app.notifications.list.query()).toEqual(await online.notifications.list.query());
    expect(await renderer.app.calendar.caseworkerWeek.query(week)).toEqual(await online.calendar.caseworkerWeek.query(week));

    await server.stop();
    try {
      expect((await renderer.desktop.syncNow.mutate()).online).toBe(false);
      for (const call of [
        renderer.app.notifications.unreadCount.query(),
        renderer.app.calendar.caseworkerWeek.query(week),
        renderer.app.calendarFeed.get.query(),
      ]) {
        await expect(call).rejects.toMatchObject({
          message: "Det kræver forbindelse til serveren. Prøv igen, når du er online.",
          data: { code: "PRECONDITION_FAILED" },
        });
      }
    } finally {
      await server.start();
    }
  });

  it("after a sign-in without the server, opens the server session itself once the server answers, and syncs", async () => {
    await renderer.app.auth.logout.mutate();
    await expect(renderer.app.auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });

    await server.stop();
    let citizenId: string;
    let asOf: string;
    try {
      await renderer.desktop.signIn.mutate({ email: CASEWORKER, password: DEMO_PASSWORD });
      const ongoing = await ongoingCitizen();
      citizenId = ongoing.citizenId;
      const detail = ongoing.detail;
      asOf = detail.asOf;
      await renderer.app.meeting.plan.mutate({ forloebId: detail.forloeb.at(-1)!.id, date: asOf, time: "14:45", kind: "individuel" });
    } finally {
      await server.start();
    }

    // No second sign-in: "Synkronisér nu" (or the timer) signs in on the server with what was typed.
    const synced = await renderer.desktop.syncNow.mutate();
    expect(synced).toMatchObject({ online: true, serverSession: true, pending: 0, conflicts: 0 });
    const onServer = await (await serverView()).citizen.get.query({ citizenId });
    expect(onServer.meetings.filter((m) => m.date === asOf && m.time === "14:45")).toHaveLength(1);
  });

  it("a password the server refuses (changed elsewhere) stops opening this machine's copy offline too", async () => {
    const changed = "Blå hest spiser gule æbler";
    await (await serverView()).account.changePassword.mutate({ currentPassword: DEMO_PASSWORD, newPassword: changed });
    await renderer.app.auth.logout.mutate();
    await expect(renderer.desktop.signIn.mutate({ email: CASEWORKER, password: DEMO_PASSWORD })).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    await server.stop();
    try {
      // Before the refusal the old password still opened the local copy offline; now it does not.
      await expect(renderer.desktop.signIn.mutate({ email: CASEWORKER, password: DEMO_PASSWORD })).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
    } finally {
      await server.start();
    }
    // The new password, accepted by the server once, then works offline as well.
    await renderer.desktop.signIn.mutate({ email: CASEWORKER, password: changed });
    await renderer.app.auth.logout.mutate();
    await server.stop();
    try {
      expect((await renderer.desktop.signIn.mutate({ email: CASEWORKER, password: changed })).email).toBe(CASEWORKER);
    } finally {
      await server.start();
    }
  });

  it("closes PGlite and frees the profile's folder on close", async () => {
    await desktop.close();
    expect(existsSync(join(dataDir(), LOCK_NAME))).toBe(false);
    // Reopening the same profile works (and closing again is harmless).
    desktop = await startDesktop({ dataDir: dataDir(), serverUrl: server.url, syncIntervalMs: 0 });
    expect((await rendererClients(desktop.handle).desktop.status.query()).download).toEqual({ state: "done" });
  });
});
