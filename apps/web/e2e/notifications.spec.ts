/**
 * The inbox: a fællessamtale booked by an a-kasse employee shows up in the caseworker's bell and on
 * the notifications page, leads to the citizen, and is marked read; the jobcentre's answer to the
 * a-kasse's proposal and its move of the booking show up in the a-kasse employee's bell the same
 * way. Odense's dagpenge caseworker and an employee of Kystens A-kasse.
 */
import { expect, test } from "./fixtures.js";
import type { JointProposal, Me, SlotPublishResult } from "@kontaktplan/schema";
import { formatDanishDateTime, JOINT_RULE_LABEL } from "@kontaktplan/ui";
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

test("the jobcentre's answer to a proposal and its move of the fællessamtale ring the a-kasse's bell, and are marked read", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const s = await newCitizen(CASEWORKER, "Asger Akassebesked", { ydelse: "dagpenge" }, 30, { akasseId: me.organisation!.id });
  const jobcentre = (await query<Me>(s.api, "auth.me")).organisation!.name;
  const deadline = { forloebId: s.forloeb.id, rule: "joint-by-3-months", occurrence: 1 };
  // Next week's Thursday, proposed by the a-kasse; the Tuesday after, a slot it is moved to.
  const proposed = { date: addDays(E2E_TODAY, 8), time: "09:30" };
  const movedTo = { date: addDays(E2E_TODAY, 13), time: "08:00" };
  const proposal = await mutate<JointProposal>(akasse, "joint.propose", { ...deadline, times: [proposed] });

  await login(page, AKASSE, "Fællessamtaler");
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifikationer/ });
  await expect(bell).toBeVisible();
  // Colleagues' work with the a-kasse's other members may be there already: count from what the bell says now.
  const before = Number((/(\d+) ulæste/.exec((await bell.textContent()) ?? "") ?? [0, 0])[1]);

  // The jobcentre accepts the proposed time, which books the fællessamtale, and then moves it to a slot.
  const accepted = await mutate<JointProposal>(s.api, "joint.decide", { proposalId: proposal.id, decision: "accept", timeIndex: 0 });
  const { created } = await mutate<SlotPublishResult>(s.api, "slots.publish", { date: movedTo.date, time: movedTo.time, durationMinutes: 30 });
  await mutate(s.api, "joint.reschedule", { meetingId: accepted.meetingId, slotId: created[0]!.id, reason: "Mødelokalet er optaget" });
  await s.api.dispose();
  await akasse.dispose();
  await page.reload();
  await expect(bell).toHaveAccessibleName(`Notifikationer ${before + 2} ulæste`);
  await expectAccessible(page);
  await screenshot(page, "notifikationer-akasse-klokke");

  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  const mine = page.getByRole("listitem").filter({ hasText: "Asger Akassebesked" });
  const answer = mine.filter({ hasText: "Forslag til fællessamtale accepteret" });
  const move = mine.filter({ hasText: "Fællessamtale flyttet" });
  await expect(answer.getByRole("heading", { level: 2 })).toHaveText("Ulæst Forslag til fællessamtale accepteret");
  await expect(answer).toContainText(
    `${jobcentre} har accepteret en fællessamtale med Asger Akassebesked ${formatDanishDateTime(proposed.date, proposed.time)}.`,
  );
  await expect(move.getByRole("heading", { level: 2 })).toHaveText("Ulæst Fællessamtale flyttet");
  await expect(move).toContainText(
    `${jobcentre} har flyttet fællessamtalen med Asger Akassebesked fra ${formatDanishDateTime(proposed.date, proposed.time)} til ${formatDanishDateTime(movedTo.date, movedTo.time)}. Begrundelse: Mødelokalet er optaget`,
  );
  await expectAccessible(page);
  await screenshot(page, "notifikationer-akasse");

  // Marked read by hand, and by following it to the member's booking, where the new time is.
  await answer.getByRole("button", { name: "Markér som læst (Forslag til fællessamtale accepteret)" }).click();
  await expect(answer.getByRole("heading", { level: 2 })).toHaveText("Forslag til fællessamtale accepteret");
  await expect(bell).toHaveAccessibleName(`Notifikationer ${before + 1} ulæste`);
  await move.getByRole("link", { name: "Se fællessamtalen (Fællessamtale flyttet)" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Fællessamtale for Asger Akassebesked: ${JOINT_RULE_LABEL["joint-by-3-months"].toLowerCase()}` }),
  ).toBeVisible();
  await expect(page.locator(".booked__when")).toHaveText(`Booket: ${formatDanishDateTime(movedTo.date, movedTo.time)}`);
  await expect(bell).toHaveAccessibleName(before === 0 ? "Notifikationer" : `Notifikationer ${before} ulæste`);
  await page.goBack();
  await expect(move.getByRole("heading", { level: 2 })).toHaveText("Fællessamtale flyttet");
});
