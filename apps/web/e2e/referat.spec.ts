/**
 * The referat of a held samtale: written on the citizen page's meeting list (a CPR number is
 * refused on the field), corrected, and read by the a-kasse on its member page for a fællessamtale.
 * Odense's sygedagpenge caseworker builds the citizens; no other spec uses her.
 */
import { expect, test } from "./fixtures.js";
import type { JointMember, Me, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen } from "./scenario.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@odense.jobcenter.example";
const AKASSE = "medarbejder2@fagfaeller.akasse.example";

test.describe.configure({ timeout: 120_000 });

test("a caseworker writes the referat of a held samtale, is stopped from writing a CPR number, and corrects it", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Rasmus Referat", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 40);
  const planned = await mutate<MeetingRecord>(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: addDays(s.asOf, -1), time: "13:00", kind: "individuel" });
  await mutate(s.api, "meeting.record", { meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
  await s.api.dispose();

  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/${s.citizen.id}`);
  const when = formatDanishDateTime(planned.date, planned.time);
  const row = page.getByRole("row", { name: new RegExp(when) });
  await expect(page.getByRole("columnheader", { name: "Referat" })).toBeVisible();
  await row.getByRole("button", { name: `Skriv referat (${when})` }).click();
  const form = page.getByRole("form", { name: `Referat af samtalen ${when}` });
  await form.getByLabel("Referat").fill("Borgeren (CPR 010190-1234) søger job.");
  await form.getByRole("button", { name: "Gem referat" }).click();
  await expect(form.getByLabel("Referat")).toHaveAccessibleDescription("Teksten må ikke indeholde et CPR-nummer");
  await expectAccessible(page);
  await screenshot(page, "referat-cpr-afvist");

  await form.getByLabel("Referat").fill("Borgeren søger job som lagerarbejder.\nNy samtale om fire uger.");
  await form.getByRole("button", { name: "Gem referat" }).click();
  await expect(row).toContainText("Borgeren søger job som lagerarbejder.");
  await expect(row.getByRole("status")).toHaveText("Referatet er gemt.");
  await expect(row.getByRole("button", { name: `Ret referat (${when})` })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, "referat-gemt");

  await row.getByRole("button", { name: `Ret referat (${when})` }).click();
  await form.getByLabel("Referat").fill("Borgeren søger job som chauffør.");
  await form.getByRole("button", { name: "Gem referat" }).click();
  await expect(row).toContainText("Borgeren søger job som chauffør.");
  await expect(row).not.toContainText("lagerarbejder");
});

test("the a-kasse reads the referat of a held fællessamtale on its member page", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const s = await newCitizen(CASEWORKER, "Rigmor Referat", { ydelse: "dagpenge" }, 30, { akasseId: me.organisation!.id });
  const planned = await mutate<MeetingRecord>(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: addDays(s.asOf, -1), time: "10:00", kind: "faelles" });
  const held = await mutate<MeetingRecord>(s.api, "meeting.record", { meetingId: planned.id, form: "video", participants: ["borger", "jobcenter", "akasse"] });
  await mutate(s.api, "meeting.setNote", { meetingId: held.id, version: held.version, note: "Medlemmet vil søge uddannelse som tømrer." });
  await s.api.dispose();
  const member = await query<JointMember>(akasse, "joint.member", { forloebId: s.forloeb.id });
  const obligation = member.obligations[0]!;
  await akasse.dispose();

  await login(page, AKASSE, "Fællessamtaler");
  await page.goto(`${baseUrl()}/#/medlem/${s.forloeb.id}/${obligation.rule}/${obligation.occurrence}`);
  const held2 = page.getByRole("region", { name: "Afholdte fællessamtaler og referater" });
  await expect(held2).toContainText(formatDanishDateTime(held.date, held.time));
  await expect(held2).toContainText("Medlemmet vil søge uddannelse som tømrer.");
  await expectAccessible(page);
  await screenshot(page, "referat-akasse");
});
