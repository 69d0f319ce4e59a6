import { expect, test, type Page } from "@playwright/test";
import type { CaseloadPage, CitizenDetail } from "@kontaktplan/schema";
import { apiAs, baseUrl, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

/** A citizen of the caseworker's with an open obligation that an individual meeting today would count towards. */
async function citizenNeedingAMeetingToday(): Promise<string> {
  const api = await apiAs(CASEWORKER);
  const caseload = await query<CaseloadPage>(api, "caseload.list", { pageSize: 200 });
  for (const row of caseload.rows.filter((r) => r.counts.open > 0)) {
    const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId: row.citizenId });
    const current = detail.forloeb.at(-1);
    const countsToday = detail.evaluation.obligations.some(
      (o) => o.forloebId === current?.id && o.status === "open" && o.kinds.includes("individuel") && o.from <= detail.asOf && detail.asOf <= o.to,
    );
    if (countsToday) {
      await api.dispose();
      return row.citizenId;
    }
  }
  throw new Error("The seed has no citizen with an open obligation today");
}

/** The number of held meetings the citizen page shows across all obligations ("Afholdt: 1 af 2"). */
async function heldTotal(page: Page): Promise<number> {
  const texts = await page.locator(".kp-obligation__held").allTextContents();
  return texts.reduce((sum, t) => sum + Number(/Afholdt: (\d+) af/.exec(t)?.[1] ?? Number.NaN), 0);
}

test("a caseworker plans and records a meeting, and the obligation's held count goes up", async ({ page }) => {
  const citizenId = await citizenNeedingAMeetingToday();
  await login(page, CASEWORKER, "Sagsstamme");
  await expect(page.getByText(/Logget ind som/)).toContainText("Jobcenter København");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "sagsstamme");

  await page.getByRole("button", { name: "Næste side" }).click();
  await expect(page.getByRole("table").locator("caption")).toContainText("side 2 af");
  await page.getByRole("button", { name: "Forrige side" }).click();

  const first = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("img", { name: /Tidslinje: Forløb på/ }).first()).toBeVisible();
  await expect(page.getByText(/Lovgrundlag:/).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger");

  await page.goto(`${baseUrl()}/#/borger/${citizenId}`);
  await expect(page.getByRole("heading", { level: 2, name: "Planlæg samtale" })).toBeVisible();
  const before = await heldTotal(page);
  expect(before).not.toBeNaN();
  await page.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(page.getByRole("status")).toHaveText("Samtalen er planlagt.");

  await page.getByRole("button", { name: /Registrér som afholdt/ }).first().click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByRole("button", { name: "Gem som afholdt" })).toHaveCount(0);
  await expect.poll(() => heldTotal(page)).toBeGreaterThan(before);
});

test("a caseworker is told when a citizen does not exist", async ({ page }) => {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole("heading", { level: 1, name: "Borgeren blev ikke fundet" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("findes ikke");
});

test("logging out returns to the login page", async ({ page }) => {
  await login(page, "sagsbehandler2@koebenhavn.jobcenter.example", "Sagsstamme");
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
});
