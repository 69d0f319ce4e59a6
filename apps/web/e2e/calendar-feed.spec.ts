/**
 * The calendar subscription under "Min konto": made, shown once, served without a session and
 * without CPR numbers, and revoked (then the address answers 404). Odense's sygedagpenge
 * caseworker, whose samtaler the feed holds.
 */
import { expect, test } from "./fixtures.js";
import type { MeetingRecord } from "@kontaktplan/schema";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen } from "./scenario.js";
import { expectAccessible, login, mutate, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@odense.jobcenter.example";

test.describe.configure({ timeout: 120_000 });

test("a caseworker subscribes to her samtaler, gets the address once, and revokes it", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Frederik Feed", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 20);
  await mutate<MeetingRecord>(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: addDays(s.asOf, 7), time: "11:00", kind: "individuel", form: "video" });
  await s.api.dispose();

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Min konto" }).click();
  const section = page.getByRole("region", { name: "Kalenderabonnement" });
  await expect(section.getByRole("status").first()).toHaveText("Du har ikke et kalenderabonnement.");
  await section.getByLabel(/Vis borgernes navne i kalenderen/).check();
  await section.getByRole("button", { name: "Opret kalenderabonnement" }).click();
  const address = section.getByLabel("Adresse til din kalender");
  await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(address).toHaveAccessibleDescription(/^Adressen vises kun nu\./);
  await expect(section).toContainText("Dit kalenderabonnement er aktivt siden");
  await expectAccessible(page);
  await screenshot(page, "kalenderabonnement");

  // A calendar program fetches it without a session: the samtale by name, never a CPR number.
  const url = await address.inputValue();
  const feed = await page.request.fetch(url, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  const body = await feed.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR/);
  expect(body).toContain("SUMMARY:Samtale i jobcentret: Frederik Feed");
  expect(body).toContain("DESCRIPTION:Form: video");
  const cpr = s.citizen.cpr;
  for (const spelling of [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`]) expect(body).not.toContain(spelling);

  await section.getByRole("button", { name: "Tilbagekald abonnementet" }).click();
  await section.getByRole("button", { name: "Bekræft: tilbagekald abonnementet" }).click();
  await expect(section.getByRole("status").first()).toHaveText("Du har ikke et kalenderabonnement.");
  await expect(address).toHaveCount(0);
  expect((await page.request.fetch(url)).status()).toBe(404);
  await expectAccessible(page);
});
