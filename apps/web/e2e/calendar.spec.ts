/**
 * The week calendar: a caseworker's samtaler and free slots with overlaps marked, week by week with
 * the week in the URL (back, reload), readable at 320 px; and the a-kasse's booked fællessamtaler.
 * Aalborg's sygedagpenge caseworker builds her own citizens; no other spec uses her.
 */
import { expect, test } from "./fixtures.js";
import type { JointBooking, Me, SlotPublishResult } from "@kontaktplan/schema";
import { E2E_TODAY } from "./clock.js";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen } from "./scenario.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@aalborg.jobcenter.example";
const AKASSE = "medarbejder2@nordlys.akasse.example";

test.describe.configure({ timeout: 120_000 });

// The run's Wednesday 11 March 2026; next week's Tuesday and Thursday.
const TUESDAY = addDays(E2E_TODAY, 6);
const THURSDAY = addDays(E2E_TODAY, 8);

test("a caseworker steps through her weeks and sees her samtaler, her free slots and what overlaps", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Kalle Kalender", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 20);
  await mutate(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: TUESDAY, time: "08:00", kind: "individuel", form: "telefon" });
  await mutate(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: TUESDAY, time: "08:30", kind: "individuel", form: "fremmoede" });
  await mutate<SlotPublishResult>(s.api, "slots.publish", { date: THURSDAY, time: "08:00", durationMinutes: 30 });
  await s.api.dispose();

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Kalender" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalender" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Uge 11: 9.–13. marts 2026" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "onsdag 11. marts 2026 (i dag)" })).toBeVisible();

  await page.getByRole("button", { name: "Næste uge" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Uge 12: 16.–20. marts 2026" })).toBeVisible();
  expect(page.url()).toContain("#/kalender?uge=2026-W12");
  const tuesday = page.getByRole("region", { name: "tirsdag 17. marts 2026" });
  const first = tuesday.getByRole("listitem").filter({ hasText: /^08:00–09:00/ });
  await expect(first).toContainText("Individuel samtale med Kalle Kalender · Planlagt · telefon");
  await expect(first).toContainText("Overlapper med 08:30–09:30 (Individuel samtale med Kalle Kalender)");
  await expect(first.getByRole("link", { name: "Kalle Kalender" })).toHaveAttribute("href", `#/borger/${s.citizen.id}`);
  const thursday = page.getByRole("region", { name: "torsdag 19. marts 2026" });
  await expect(thursday.getByRole("listitem").filter({ hasText: /^08:00–08:30/ })).toContainText("Ledig tid til fællessamtale");
  await expect(page.getByRole("status").filter({ hasText: "overlapper" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "kalender-sagsbehandler");

  // The week survives a reload, and the browser's back button returns to the week before.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Uge 12: 16.–20. marts 2026" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Uge 11: 9.–13. marts 2026" })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 2, name: "Uge 12: 16.–20. marts 2026" })).toBeVisible();

  // At 320 CSS px the days stack and nothing scrolls sideways (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(tuesday).toContainText("Overlapper med");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await screenshot(page, "kalender-320px");
});

test("an a-kasse employee sees the fællessamtaler the a-kasse has booked, each leading to its booking", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const s = await newCitizen(CASEWORKER, "Birte Booket", { ydelse: "dagpenge" }, 30, { akasseId: me.organisation!.id });
  const { created } = await mutate<SlotPublishResult>(s.api, "slots.publish", { date: THURSDAY, time: "09:00", durationMinutes: 45 });
  await s.api.dispose();
  const booking = await mutate<JointBooking>(akasse, "joint.book", {
    forloebId: s.forloeb.id,
    slotId: created[0]!.id,
    rule: "joint-by-3-months",
    occurrence: 1,
  });
  await akasse.dispose();

  await login(page, AKASSE, "Fællessamtaler");
  await page.getByRole("navigation", { name: "A-kasse" }).getByRole("link", { name: "Kalender" }).click();
  await page.getByRole("button", { name: "Næste uge" }).click();
  const thursday = page.getByRole("region", { name: "torsdag 19. marts 2026" });
  const item = thursday.getByRole("listitem").filter({ hasText: "Birte Booket" });
  await expect(item).toContainText("09:00–09:45");
  await expect(item).toContainText("Fællessamtale med Birte Booket · Planlagt");
  await expectAccessible(page);
  await screenshot(page, "kalender-akasse");
  await item.getByRole("link", { name: "Birte Booket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Fællessamtale for Birte Booket/ })).toBeVisible();
  expect(page.url()).toContain(`#/medlem/${booking.meeting.forloebId}/joint-by-3-months/1`);
  await page.goto(`${baseUrl()}/#/kalender?uge=2026-W12`);
  await expect(page.getByRole("heading", { level: 2, name: "Uge 12: 16.–20. marts 2026" })).toBeVisible();
});
