/**
 * Rules through time on the citizen page (RULES.md §8): under the law in force each forløb follows
 * the regime of its start, so a caseworker sees a dagpenge citizen who started in 2023 under LAB
 * 2019, one who started this year under LAB 2024, and one starting 1 July 2026 under the
 * provisional LAB 2026. The citizens are built through the API (København under the law in force
 * for this file; its third caseworker, whom no other spec uses).
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, CitizenRecord } from "@kontaktplan/schema";
import { formatDanishDate, PROVISIONAL_NOTE } from "@kontaktplan/ui";
import { freshCpr } from "./jobcentre-citizens.js";
import { useKommuneRuleSet } from "./kommune-rule-set.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const ADMIN = "admin@koebenhavn.jobcenter.example";
const CASEWORKER = "sagsbehandler3@koebenhavn.jobcenter.example";

test.describe.configure({ timeout: 150_000 });
useKommuneRuleSet(ADMIN);

/** A new dagpenge citizen of København whose forløb starts on `start`. */
async function dagpengeCitizen(name: string, start: string): Promise<CitizenDetail> {
  const api = await apiAs(CASEWORKER);
  const citizen = await mutate<CitizenRecord>(api, "citizen.create", { name, cpr: freshCpr() });
  await mutate(api, "forloeb.create", { citizenId: citizen.id, ydelse: "dagpenge", start });
  const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId: citizen.id });
  await api.dispose();
  return detail;
}

async function openCitizen(page: Page, detail: CitizenDetail): Promise<Locator> {
  await page.goto(`${baseUrl()}/#/borger/${detail.citizen.id}`);
  await expect(page.getByRole("heading", { level: 1, name: detail.citizen.name })).toBeVisible();
  await expect(page.getByText(/efter det gældende regelsæt, den gældende lov$/)).toBeVisible();
  return page.getByRole("region", { name: `Forløb på dagpenge fra ${formatDanishDate(detail.forloeb[0]!.start)}` });
}

/** An obligation's entry, by the start of its title. */
const obligation = (forloeb: Locator, title: string) => forloeb.locator("li.kp-obligation").filter({ hasText: title });

test("a caseworker sees a citizen who started in 2023 and one who started in 2026 under the regimes of their starts", async ({ page }) => {
  const old = await dagpengeCitizen("Tove Toogtyve", "2023-05-01");
  const recent = await dagpengeCitizen("Sune Seksogtyve", "2026-02-02");
  const coming = await dagpengeCitizen("Julie Juli", "2026-07-01");
  // The API agrees on each forløb's regime, whatever the page shows.
  expect(new Set(old.evaluation.obligations.map((o) => o.ruleSet))).toEqual(new Set(["lab2020"]));
  expect(new Set(recent.evaluation.obligations.map((o) => o.ruleSet))).toEqual(new Set(["lab2024"]));
  expect(new Set(coming.evaluation.obligations.map((o) => o.ruleSet))).toEqual(new Set(["lab2026"]));

  await login(page, CASEWORKER, "Sagsstamme");
  const lab2020 = await openCitizen(page, old);
  const four = obligation(lab2020, "4 individuelle jobsamtaler i de første 6 måneder (fællessamtaler kommer oveni)");
  await expect(four).toContainText("Regler: LAB 2019 (2020–2023)");
  await expect(four).toContainText("Lovgrundlag: LAB § 31, stk. 1");
  await expect(obligation(lab2020, "Fællessamtale med a-kassen mellem 3 og 6 måneders ledighed")).toContainText("Regler: LAB 2019 (2020–2023)");
  await expect(lab2020).not.toContainText("Holdes af a-kassen");
  await expect(lab2020.getByRole("img", { name: /^Tidslinje/ })).not.toHaveAccessibleName(/Jobcentret overtager/);
  await expectAccessible(page);
  await screenshot(page, "regimer-borger-2023");

  const lab2024 = await openCitizen(page, recent);
  await expect(obligation(lab2024, "Første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende")).toContainText(
    "Regler: LAB 2024 · Holdes af a-kassen",
  );
  await expect(obligation(lab2024, "3 jobsamtaler i jobcentret efter 3 og senest efter 6 måneders ledighed")).toContainText("Regler: LAB 2024");
  await expect(lab2024).not.toContainText("4 individuelle jobsamtaler");
  await expect(lab2024).not.toContainText("Foreløbig");
  // The a-kasse holds February to April; the jobcentre takes over on 2 May 2026.
  await expect(lab2024.getByRole("img", { name: /^Tidslinje/ })).toHaveAccessibleName(
    new RegExp(`Jobcentret overtager forløbet fra a-kassen ${formatDanishDate("2026-05-02")};`),
  );
  await expectAccessible(page);
  await screenshot(page, "regimer-borger-2026");

  const lab2026 = await openCitizen(page, coming);
  const two = obligation(lab2026, "2 jobsamtaler i a-kassen i de første 3 måneder");
  await expect(two).toContainText("Regler: LAB 2026 (foreløbig) · Holdes af a-kassen · Foreløbig");
  await expect(two).toContainText(PROVISIONAL_NOTE);
  await expect(obligation(lab2026, "2 jobsamtaler i jobcentret efter 3 og senest efter 6 måneders ledighed")).toContainText("Kommende");
  await expectAccessible(page);
  await screenshot(page, "regimer-borger-juli-2026");
});
