/**
 * The inbox: a fællessamtale booked by an a-kasse employee shows up in the caseworker's bell and on
 * the notifications page, leads to the citizen, and is marked read. Odense's dagpenge caseworker
 * (no other spec uses her) and an employee of Kystens A-kasse whom no other spec uses.
 */
import { expect, test } from "./fixtures.js";
import type { Me, SlotPublishResult } from "@kontaktplan/schema";
import { E2E_TODAY } from "./clock.js";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen } from "./scenario.js";
import { apiAs, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@odense.jobcenter.example";
const AKASSE = "medarbejder2@kysten.akasse.example";

test.describe.configure({ timeout: 120_000 });

test("a booking made by an a-kasse employee rings the caseworker's bell and leads to the citizen", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const s = await newCitizen(CASEWORKER, "Nina Notifikation", { ydelse: "dagpenge" }, 30, { akasseId: me.organisation!.id });
  // Next week's Friday, before the demo's first samtaler of the day.
  const friday = addDays(E2E_TODAY, 9);
  const { created } = await mutate<SlotPublishResult>(s.api, "slots.publish", { date: friday, time: "08:00", durationMinutes: 30 });
  await s.api.dispose();

  await login(page, CASEWORKER, "Sagsstamme");
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifikationer/ });
  await expect(bell).toBeVisible();
  // The caseworker's own deadlines this week may be there already: count from what the bell says now.
  const before = Number((/(\d+) ulæste/.exec((await bell.textContent()) ?? "") ?? [0, 0])[1]);

  await mutate(akasse, "joint.book", { forloebId: s.forloeb.id, slotId: created[0]!.id, rule: "joint-by-3-months", occurrence: 1 });
  await akasse.dispose();
  await page.reload();
  await expect(bell).toHaveAccessibleName(`Notifikationer ${before + 1} ulæste`);
  await expectAccessible(page);
  await screenshot(page, "notifikationer-klokke");

  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: "Nina Notifikation" });
  await expect(item.getByRole("heading", { level: 2 })).toHaveText("Ulæst Ny booking af fællessamtale");
  await expect(item).toContainText("Kystens A-kasse har booket en fællessamtale med Nina Notifikation fredag 20. marts 2026 kl. 08:00.");
  await expectAccessible(page);
  await screenshot(page, "notifikationer");

  await item.getByRole("link", { name: "Gå til borgeren (Ny booking af fællessamtale)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nina Notifikation" })).toBeVisible();
  await expect(bell).toHaveAccessibleName(before === 0 ? "Notifikationer" : `Notifikationer ${before} ulæste`);
  await page.goBack();
  await expect(item.getByRole("heading", { level: 2 })).toHaveText("Ny booking af fællessamtale");

  if (before > 0) await page.getByRole("button", { name: "Markér alle som læst" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ulæste" })).toHaveText("Du har ingen ulæste notifikationer.");
  await expect(bell).toHaveAccessibleName("Notifikationer");
});
