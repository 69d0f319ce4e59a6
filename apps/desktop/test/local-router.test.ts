import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { copenhagenToday } from "@kontaktplan/rules/dates";
import type { Me } from "@kontaktplan/schema";
import { createRemoteClient } from "../src/main/remote-server.js";
import { openLocalStore, type LocalStore } from "../src/main/local-store.js";
import { appEndpoint, routeRequests } from "../src/main/request-handler.js";
import { SessionCookie } from "../src/main/session-cookie.js";
import { signIn } from "../src/main/sign-in.js";
import { rendererClients, tempProfile } from "./support/desktop-harness.js";
import { CASEWORKER, DEMO_PASSWORD, startTestServer, type TestServer } from "./support/server.js";

/**
 * The app router in the main process on the local PGlite, called the way the renderer calls it:
 * tRPC's HTTP link over the IPC fetch. Sign-in goes to the real server the first time.
 */
let server: TestServer;
let store: LocalStore;
let profile: ReturnType<typeof tempProfile>;
const localSession = new SessionCookie();
const remoteSession = new SessionCookie();
let renderer: ReturnType<typeof rendererClients>;
let signedIn: Me;

beforeAll(async () => {
  server = await startTestServer();
  profile = tempProfile();
  store = await openLocalStore(profile.dir);
  renderer = rendererClients(routeRequests({ "/trpc": appEndpoint(store.database, localSession) }));
});

afterAll(async () => {
  await store?.close();
  await server?.close();
  profile?.remove();
});

const deps = () => ({ database: store.database, localSession, remote: createRemoteClient(server.url, remoteSession) });

describe("signing in on the desktop", () => {
  it("is refused with the server's Danish message when the password is wrong, and nothing is remembered", async () => {
    await expect(signIn(deps(), { email: CASEWORKER, password: "forkert-kode" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Forkert e-mail eller adgangskode",
    });
    expect(await store.database.db.$count(tables.users)).toBe(0);
    expect(localSession.signedIn).toBe(false);
  });

  it("refuses a-kasse staff: the desktop app is for jobcentres", async () => {
    await expect(signIn(deps(), { email: "medarbejder1@nordlys.akasse.example", password: DEMO_PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(remoteSession.signedIn).toBe(false);
    expect(await store.database.db.$count(tables.users)).toBe(0);
  });

  it("signs in with the server, remembers the caseworker locally and opens a local session", async () => {
    const result = await signIn(deps(), { email: CASEWORKER, password: DEMO_PASSWORD });
    signedIn = result.me;
    expect(result.online).toBe(true);
    expect(remoteSession.signedIn).toBe(true);
    expect(localSession.signedIn).toBe(true);
    expect(signedIn).toMatchObject({ email: CASEWORKER, role: "sagsbehandler", organisation: { name: "Jobcenter København" } });
    const me = await renderer.app.auth.me.query();
    expect(me.id).toBe(signedIn.id);
  });

  it("signs in again without the server, with the password the server accepted before", async () => {
    localSession.clear();
    await server.stop();
    try {
      const result = await signIn(deps(), { email: CASEWORKER, password: DEMO_PASSWORD });
      expect(result.online).toBe(false);
      expect(result.me.id).toBe(signedIn.id);
      await expect(signIn(deps(), { email: "sagsbehandler2@koebenhavn.jobcenter.example", password: DEMO_PASSWORD })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
        message: expect.stringContaining("Serveren kan ikke nås"),
      });
    } finally {
      await server.start();
    }
  });
});

describe("the app router on the local database, over IPC", () => {
  it("answers the jobcentre screens' calls, with deadlines computed locally by the rules engine", async () => {
    const { citizens, forloeb } = tables;
    const today = copenhagenToday(new Date());
    // A citizen of the caseworker's kommune, written straight into the local database.
    const [citizen] = await store.database.db
      .insert(citizens)
      .values({ kommunekode: "101", cpr: "0101901234", name: "Lokal Borger", caseworkerId: signedIn.id })
      .returning();
    await store.database.db.insert(forloeb).values({ citizenId: citizen!.id, ydelse: "dagpenge", start: today });

    const caseload = await renderer.app.caseload.list.query({ scope: "mine", pageSize: 10 });
    const row = caseload.rows.find((r) => r.citizenId === citizen!.id);
    expect(row?.name).toBe("Lokal Borger");
    expect(row?.nextDeadline).not.toBeNull();
    expect(row!.nextDeadline! >= today).toBe(true);

    const detail = await renderer.app.citizen.get.query({ citizenId: citizen!.id });
    expect(detail.asOf).toBe(today);
    expect(detail.evaluation.obligations.length).toBeGreaterThan(0);
    expect(detail.evaluation.obligations.every((o) => o.legalBasis.text.length > 0)).toBe(true);
    const due = detail.evaluation.obligations.filter((o) => o.status === "open" || o.status === "upcoming");
    expect(due.map((o) => o.to).sort()[0]).toBe(row!.nextDeadline);
  });

  it("writes a meeting locally and logs the change for sync in the same call", async () => {
    const [citizen] = await store.database.db.select().from(tables.citizens).limit(1);
    const detail = await renderer.app.citizen.get.query({ citizenId: citizen!.id });
    const changesBefore = await store.database.db.$count(tables.changeLog);
    await renderer.app.meeting.plan.mutate({ forloebId: detail.forloeb[0]!.id, date: detail.asOf, time: "10:00", kind: "individuel" });
    const after = await renderer.app.citizen.get.query({ citizenId: citizen!.id });
    expect(after.meetings.filter((m) => m.status === "planlagt")).toHaveLength(1);
    expect(await store.database.db.$count(tables.changeLog)).toBeGreaterThan(changesBefore);
  });

  it("tells the planning form of a samtale already planned at that time from the local copy, without the server", async () => {
    const [citizen] = await store.database.db.select().from(tables.citizens).limit(1);
    const { asOf } = await renderer.app.citizen.get.query({ citizenId: citizen!.id });
    await server.stop();
    try {
      // The samtale planned above, at 10:00, is in the local copy only.
      expect(await renderer.app.meeting.clashes.query({ date: asOf, time: "10:00" })).toEqual({ clashes: 1 });
      expect(await renderer.app.meeting.clashes.query({ date: asOf, time: "10:30" })).toEqual({ clashes: 0 });
    } finally {
      await server.start();
    }
  });

  it("does not serve the server's side of the sync protocol", async () => {
    const ask = (url: string) => renderer.bridge.fetch({ url, method: "GET", headers: [], body: null });
    expect((await ask("/trpc/sync.pull?input=%7B%7D")).status).toBe(404);
    expect((await ask("/trpc/auth.me,sync%2Epull?batch=1&input=%7B%7D")).status).toBe(404);
    expect((await ask("/trpc/auth.me?batch=1&input=%7B%7D")).status).toBe(200);
  });

  it("refuses the screens after signing out, as the server does", async () => {
    await renderer.app.auth.logout.mutate();
    expect(localSession.signedIn).toBe(false);
    await expect(renderer.app.caseload.list.query({})).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });
});
