/**
 * The "Regler" page: every regime from the rules package's own data, with its dates, legal source,
 * what it changed and its rules, for every signed-in role.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import { REGIME_CODES, REGIMES, regimeInfo } from "@kontaktplan/schema";
import { formatDanishShortDate, regimeRules } from "@kontaktplan/ui";
import { expectAccessible, login, screenshot } from "./support.js";

async function openRules(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Regler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regler" })).toBeVisible();
}

test("a caseworker reads every regime with its dates, source, what changed and its rules, and which rules a start date gives", async ({ page }) => {
  await login(page, "sagsbehandler2@aarhus.jobcenter.example", "Sagsstamme");
  await openRules(page);
  await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Regler" })).toHaveAttribute("aria-current", "page");

  const overview = page.getByRole("table", { name: "Regelsættene" });
  await expect(overview.locator("tbody tr")).toHaveCount(REGIMES.length + 1);
  await expect(overview.getByRole("row", { name: /^LAB 2019 \(2020–2023\)/ })).toContainText("1. januar 2020 – 31. december 2023");
  await expect(overview.getByRole("row", { name: /^LAB 2019 \(2020–2023\)/ })).toContainText("Tidligere regler");
  await expect(overview.getByRole("row", { name: /^LAB 2024/ })).toContainText("Gælder for forløb, der starter i dag");
  await expect(overview.getByRole("row", { name: /^LAB 2026/ })).toContainText("Kommende (foreløbig)");
  await expect(page.getByText(/følger forenklet kontaktforløb \(Tabel 2\)\.$/)).toBeVisible();

  for (const regime of REGIME_CODES) {
    const info = regimeInfo(regime);
    const expected = regimeRules(regime);
    const section = page.getByRole("region", { name: info.name, exact: true });
    await expect(section.getByText(info.source, { exact: true })).toBeVisible();
    await expect(section.getByText(expected.changes)).toBeVisible();
    await expect(section.getByRole("table").locator("tbody tr")).toHaveCount(expected.rules.length);
  }

  const lab2024 = page.getByRole("region", { name: regimeInfo("lab2024").name, exact: true });
  const first = lab2024.getByRole("row", { name: /^Første jobsamtale i a-kassen senest 2 uger/ });
  await expect(first).toContainText("A-kassen");
  await expect(first).toContainText("Ny");
  await first.getByText("LAB § 31, stk. 4").click();
  await expect(first.locator("blockquote")).toContainText("skal arbejdsløshedskassen senest 2 uger efter personens tilmelding som jobsøgende");
  await expect(lab2024.getByRole("listitem").filter({ hasText: "Fællessamtale med a-kassen mellem 3 og 6 måneders ledighed" })).toContainText(
    "Dagpengemodtagere",
  );
  await expect(page.getByRole("region", { name: regimeInfo("lab2026").name, exact: true })).toContainText("Foreløbig: bygger på STAR's vejledning");

  const start = page.getByRole("region", { name: "Hvilke regler følger et forløb?" });
  await start.getByLabel("Forløbets startdato").fill("2023-05-01");
  await expect(start.getByRole("status")).toHaveText(
    `Et forløb, der starter ${formatDanishShortDate("2023-05-01")}, følger LAB 2019 (2020–2023) efter den gældende lov.`,
  );
  await start.getByLabel("Forløbets startdato").fill("2026-07-01");
  await expect(start.getByRole("status")).toHaveText(
    `Et forløb, der starter ${formatDanishShortDate("2026-07-01")}, følger ${regimeInfo("lab2026").name} efter den gældende lov.`,
  );
  await expectAccessible(page);
  await screenshot(page, "regler");
});

test("an a-kasse employee and a system administrator reach the Regler page too", async ({ page }) => {
  await login(page, "medarbejder2@nordlys.akasse.example", "Fællessamtaler");
  await openRules(page);
  await expect(page.getByRole("table", { name: "Regelsættene" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Log ud" }).click();
  await login(page, "systemadmin@kontaktplan.example", "Organisationer");
  await openRules(page);
  await expect(page.getByText("Landsindstillingen følger forenklet kontaktforløb (Tabel 2).")).toBeVisible();
});
