import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { formatDay, parseDay } from "@kontaktplan/rules/dates";
import type { CitizenDetail } from "@kontaktplan/schema";
import { formatDanishDateTime, formatDanishShortDate } from "@kontaktplan/ui";
import { expectAccessible } from "../../web/e2e/support.js";
import { createRemoteClient } from "../src/main/remote-server.js";
import { SessionCookie } from "../src/main/session-cookie.js";
import { tempProfile } from "../test/support/desktop-harness.js";
import { CASEWORKER, DEMO_PASSWORD, startTestServer, type TestServer } from "../test/support/server.js";
import { serveDesktopOverHttp, type DesktopOverHttp } from "./support/http-transport.js";

/**
 * A caseworker's day with a bad connection: first sign-in and download, then the server goes away,
 * meetings are planned and recorded offline, and once the server is back one sync puts them there.
 */
test.describe.configure({ mode: "serial" });

const RENDERER = join(import.meta.dirname, "..", "out", "renderer");
let server: TestServer;
let desktop: DesktopOverHttp;
let profile: ReturnType<typeof tempProfile>;

test.beforeAll(async () => {
  server = await startTestServer();
  profile = tempProfile();
  desktop = await serveDesktopOverHttp({
    dataDir: join(profile.dir, "pglite"),
    serverUrl: server.url,
    rendererRoot: RENDERER,
    // The test presses "Synkronisér nu" itself, and an unreachable server is reported at once.
    syncIntervalMs: 0,
    retry: { initialDelayMs: 50, maxDelayMs: 100, maxAttempts: 2 },
    // Small pages, so the first download shows its progress for a while.
    pageSize: 20,
  });
});

test.afterAll(async () => {
  await desktop?.close();
  await server?.close();
  profile?.remove();
});

/** The caseworker's view of the server, for checking what arrived there. */
async function serverAs(email: string) {
  const remote = createRemoteClient(server.url, new SessionCookie());
  await remote.auth.login.mutate({ email, password: DEMO_PASSWORD });
  return remote;
}

const statusBar = (page: Page) => page.getByRole("contentinfo", { name: "Synkronisering" });

const SCREENSHOTS = join(import.meta.dirname, "..", "test-results", "screenshots");
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function syncNow(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Synkronisér nu" }).click();
  await expect(page.getByRole("button", { name: "Synkronisér nu" })).toBeEnabled();
}

test("the first sign-in downloads the caseload, and the screens work on the local copy", async ({ page }) => {
  await page.goto(desktop.url);
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("E-mail").fill(CASEWORKER);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  server.slowDown("sync.snapshot", 1500);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Henter din sagsstamme" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Henter borgere og forløb …" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^\d+ af \d+ hentet$/);
  await screenshot(page, "foerste-hentning");
  await expectAccessible(page);
  server.slowDown("sync.snapshot", 0);
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeVisible({ timeout: 60_000 });
  await expect(statusBar(page)).toContainText("Forbundet til serveren");
  await expect(statusBar(page)).toContainText("Senest synkroniseret");
  await expect(statusBar(page)).toContainText("Ingen ændringer venter");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "sagsstamme");

  // The inbox and the calendar come from the server while it answers.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Notifikationer/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "ulæste" })).toBeVisible();
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Kalender" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Uge \d+:/ })).toBeVisible();
  await expect(page.getByRole("region").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Sagsstamme" }).click();

  const first = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(/Lovgrundlag:/).first()).toBeVisible();
  await expectAccessible(page);
});

test("meetings planned and recorded offline reach the server once it is back", async ({ page }) => {
  const online = await serverAs(CASEWORKER);
  const citizenId = await citizenWithOngoingForloeb(online);
  const before = await online.citizen.get.query({ citizenId });
  const when = formatDanishDateTime(before.asOf, "11:35");

  await server.stop();
  await page.goto(`${desktop.url}/#/borger/${citizenId}`);
  await page.getByRole("button", { name: "Synkronisér nu" }).click();
  await expect(statusBar(page)).toContainText("Ingen forbindelse til serveren");

  const plan = page.getByRole("region", { name: "Planlæg samtale" });
  await plan.getByLabel("Klokkeslæt").fill("11:35");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("status")).toHaveText("Samtalen er planlagt.");
  await page.getByRole("button", { name: `Registrér som afholdt (${when})` }).click();
  await page.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByText(`Samtalen ${when} er registreret som afholdt.`)).toBeVisible();
  await expect(statusBar(page)).toContainText("2 ændringer venter på at blive sendt");
  await expect(statusBar(page)).toContainText("Ingen forbindelse til serveren");
  await expectAccessible(page);
  await screenshot(page, "offline");

  // What needs the server says so, rather than break: the bell, the inbox and the calendar.
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifikationer/ });
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifikationer offline (kan ikke hentes lige nu)");
  await bell.click();
  await expect(page.getByRole("alert")).toHaveText("Notifikationerne kan ikke hentes: Det kræver forbindelse til serveren. Prøv igen, når du er online.");
  await expectAccessible(page);
  await screenshot(page, "notifikationer-offline");
  await page.goto(`${desktop.url}/#/kalender`);
  await expect(page.getByRole("alert")).toContainText("Det kræver forbindelse til serveren.");

  await server.start();
  await page.getByRole("button", { name: "Synkronisér nu" }).click();
  await expect(statusBar(page)).toContainText("Forbundet til serveren");
  await expect(statusBar(page)).toContainText("Ingen ændringer venter");
  await expect(statusBar(page)).toContainText("Ingen konflikter");

  const after: CitizenDetail = await online.citizen.get.query({ citizenId });
  const added = after.meetings.filter((m) => !before.meetings.some((b) => b.id === m.id));
  expect(added).toEqual([expect.objectContaining({ status: "afholdt", date: before.asOf, time: "11:35" })]);
});

/** A citizen on the caseworker's caseload whose current forløb is still running (so meetings can be planned). */
async function citizenWithOngoingForloeb(online: Awaited<ReturnType<typeof serverAs>>): Promise<string> {
  const caseload = await online.caseload.list.query({ scope: "mine", pageSize: 50 });
  for (const row of caseload.rows) {
    const detail = await online.citizen.get.query({ citizenId: row.citizenId });
    if (detail.forloeb.at(-1)?.end == null) return row.citizenId;
  }
  throw new Error("The demo caseload has no citizen with an ongoing forløb");
}

test("conflicts show both versions, and the caseworker keeps the server's or their own", async ({ page }) => {
  const online = await serverAs(CASEWORKER);
  // The desktop's local router, as the signed-in caseworker (the session lives in the main process).
  const local = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${desktop.url}/trpc` })] });
  const citizenId = await citizenWithOngoingForloeb(online);
  const { asOf, forloeb } = await online.citizen.get.query({ citizenId });
  const forloebId = forloeb.at(-1)!.id;
  const planned = await online.meeting.plan.mutate({ forloebId, date: asOf, time: "08:05", kind: "individuel" });
  await page.goto(`${desktop.url}/#/borger/${citizenId}`);
  await syncNow(page);
  await expect(statusBar(page)).toContainText("Ingen konflikter");
  // The sync may end before the button is seen busy: wait for what this test needs, the pulled meeting.
  await expect.poll(async () => (await local.citizen.get.query({ citizenId })).meetings.some((m) => m.id === planned.id), { timeout: 20_000 }).toBe(true);

  // Offline, the caseworker records the meeting and sets the forløb's end ...
  await server.stop();
  const myEnd = formatDay(parseDay(asOf) + 30);
  try {
    await local.meeting.record.mutate({ meetingId: planned.id, form: "telefon", participants: ["borger", "jobcenter"] });
    const mine = (await local.citizen.get.query({ citizenId })).forloeb.at(-1)!;
    await local.forloeb.update.mutate({ forloebId, version: mine.version, end: myEnd });
  } finally {
    await server.start();
  }
  // ... while a colleague cancels the meeting and sets another end on the server.
  await online.meeting.cancel.mutate({ meetingId: planned.id, reason: "Borgeren er syg" });
  const theirs = (await online.citizen.get.query({ citizenId })).forloeb.at(-1)!;
  await online.forloeb.update.mutate({ forloebId, version: theirs.version, end: formatDay(parseDay(asOf) + 60) });

  await syncNow(page);
  await expect(statusBar(page)).toContainText("2 konflikter skal løses");
  await statusBar(page).getByRole("link", { name: "2 konflikter skal løses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Konflikter" })).toBeVisible();
  const meeting = page.getByRole("region", { name: /Individuel samtale/ });
  await expect(meeting).toContainText("Afholdt (telefon)");
  await expect(meeting).toContainText("Aflyst: Borgeren er syg");
  const forloebConflict = page.getByRole("region", { name: /Forløb på/ });
  await expect(forloebConflict).toContainText(`til ${formatDanishShortDate(myEnd)}`);
  await expectAccessible(page);
  await screenshot(page, "konflikter");

  await meeting.getByRole("button", { name: "Behold serverens version" }).click();
  await expect(meeting).toHaveCount(0);
  await forloebConflict.getByRole("button", { name: "Behold min version" }).click();
  await expect(page.getByText("Der er ingen konflikter.")).toBeVisible();
  await expect(statusBar(page)).toContainText("Ingen konflikter");
  await expect(statusBar(page)).toContainText("Ingen ændringer venter");

  const after = await online.citizen.get.query({ citizenId });
  expect(after.meetings.find((m) => m.id === planned.id)).toMatchObject({ status: "aflyst" });
  expect(after.forloeb.at(-1)!.end).toBe(myEnd);
  const localAfter = await local.citizen.get.query({ citizenId });
  expect(localAfter.meetings.find((m) => m.id === planned.id)).toMatchObject({ status: "aflyst" });
  expect(localAfter.forloeb.at(-1)!.end).toBe(myEnd);
});
