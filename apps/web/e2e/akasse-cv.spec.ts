/**
 * The a-kasse corrects the CV-samtale it recorded: another day, or removed when recorded by mistake.
 * The member is built for the test through the API: a dagpenge citizen of Odense's sygedagpenge
 * caseworker (whom no other spec uses) in Kystens A-kasse, whose second employee no other spec uses.
 */
import { expect, test } from "./fixtures.js";
import type { Me, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishShortDate, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen } from "./scenario.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@odense.jobcenter.example";
const AKASSE = "medarbejder2@kysten.akasse.example";

test("an a-kasse moves a recorded CV-samtale to the right day, and removes one recorded by mistake", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const s = await newCitizen(CASEWORKER, "Carla CV", { ydelse: "dagpenge" }, 40, { akasseId: me.organisation!.id });
  const wrong = addDays(s.asOf, -30);
  await mutate<MeetingRecord>(akasse, "joint.recordCv", { forloebId: s.forloeb.id, date: wrong });

  await login(page, AKASSE, "Fællessamtaler");
  await page.goto(`${baseUrl()}/#/medlem/${s.forloeb.id}/joint-by-3-months/1`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Fællessamtale for ${s.citizen.name}: ${JOINT_RULE_LABEL["joint-by-3-months"].toLowerCase()}` }),
  ).toBeVisible();
  const cv = page.getByRole("region", { name: "CV-samtale" });
  const outcome = page.locator("main [tabindex='-1'][role]");

  await cv.getByRole("button", { name: `Ret CV-samtalen ${formatDanishShortDate(wrong)}` }).click();
  const edit = cv.getByRole("form", { name: `Ret CV-samtalen ${formatDanishShortDate(wrong)}` });
  const date = edit.getByLabel("Den rigtige dato");
  await date.fill(addDays(s.asOf, -45));
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/^Datoen ligger før forløbets start/);
  await expectAccessible(page);
  await screenshot(page, "akasse-cv-ret-fejl");

  const right = addDays(s.asOf, -28);
  await date.fill(right);
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(outcome).toHaveText(`CV-samtalen er rettet til ${formatDanishShortDate(right)}.`);
  await expect(cv.getByRole("row", { name: new RegExp(`^${formatDanishShortDate(right)}`) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "akasse-cv-rettet");

  await cv.getByRole("button", { name: `Fjern CV-samtalen ${formatDanishShortDate(right)}` }).click();
  await cv.getByRole("button", { name: "Bekræft: fjern CV-samtalen" }).click();
  await expect(outcome).toHaveText(`CV-samtalen ${formatDanishShortDate(right)} er fjernet.`);
  await expect(cv).toContainText("Der er ikke registreret en CV-samtale.");
  await expectAccessible(page);
  await akasse.dispose();
  await s.api.dispose();
});
