import { expect, test } from "./fixtures.js";
import type { CaseloadPage } from "@kontaktplan/schema";
import { TARGET_GROUP_LABELS } from "@kontaktplan/schema";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler2@koebenhavn.jobcenter.example";

test("the caseload filters by target group, keeps its filters in the URL and across a visit to a citizen", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const expected = await query<CaseloadPage>(api, "caseload.list", { targetGroup: "kontanthjaelp-jobparat", pageSize: 200 });
  await api.dispose();
  expect(expected.total).toBeGreaterThan(0);

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByLabel("Målgruppe").selectOption({ label: TARGET_GROUP_LABELS["kontanthjaelp-jobparat"] });
  const table = page.getByRole("table");
  await expect(table.locator("caption")).toHaveText(`${expected.total} borgere – side 1 af ${Math.ceil(expected.total / 25)}`);
  await expect(table).toHaveAttribute("aria-busy", "false");
  const groups = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(new Set(groups)).toEqual(new Set(["Kontanthjælpsmodtagere, jobparate"]));
  expect(await table.getByRole("rowheader").allTextContents()).toEqual(expected.rows.slice(0, 25).map((r) => r.name));
  expect(page.url()).toContain("#/?maalgruppe=kontanthjaelp-jobparat");
  await expectAccessible(page);
  await screenshot(page, "sagsstamme-maalgruppe");

  // Status and target group together, as the API filters them.
  await page.getByLabel("Status").selectOption("open");
  expect(page.url()).toContain("status=open&maalgruppe=kontanthjaelp-jobparat");
  const bothApi = await apiAs(CASEWORKER);
  const both = await query<CaseloadPage>(bothApi, "caseload.list", { targetGroup: "kontanthjaelp-jobparat", status: "open", pageSize: 200 });
  await bothApi.dispose();
  await expect(table.locator("caption")).toContainText(`${both.total} borgere`);
  await expect(table).toHaveAttribute("aria-busy", "false");
  expect(await table.getByRole("rowheader").allTextContents()).toEqual(both.rows.slice(0, 25).map((r) => r.name));

  // A reload, and a visit to a citizen and back, keep the filters.
  await page.reload();
  await expect(page.getByLabel("Målgruppe")).toHaveValue("kontanthjaelp-jobparat");
  await expect(page.getByLabel("Status")).toHaveValue("open");
  await expect(table.locator("caption")).toContainText(`${both.total} borgere`);
  await table.getByRole("rowheader").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(both.rows[0]!.name);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeVisible();
  await expect(page.getByLabel("Målgruppe")).toHaveValue("kontanthjaelp-jobparat");

  await page.getByLabel("Målgruppe").selectOption("all");
  await page.getByLabel("Status").selectOption("all");
  expect(new URL(page.url()).hash).toBe("#/");
});

test("the kommune's caseload pages with controls that keep keyboard focus and announce the page", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const { total } = await query<CaseloadPage>(api, "caseload.list", { scope: "kommune", pageSize: 1 });
  await api.dispose();
  const pages = Math.ceil(total / 25);
  expect(pages).toBeGreaterThan(2);

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByLabel("Vis").selectOption("kommune");
  const pager = page.getByRole("navigation", { name: "Sider i sagsstammen" });
  const previous = pager.getByRole("button", { name: "Forrige side" });
  const next = pager.getByRole("button", { name: "Næste side" });
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await expect(pager).toContainText(`Side 1 af ${pages}`);

  await next.focus();
  for (let p = 2; p <= pages; p++) {
    await page.keyboard.press("Enter");
    await expect(page.getByRole("table").locator("caption")).toHaveText(`${total} borgere – side ${p} af ${pages}`);
  }
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(next).toBeFocused();
  // At the end the button stays put and does nothing.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("table").locator("caption")).toHaveText(`${total} borgere – side ${pages} af ${pages}`);
  await expect(pager.locator("[aria-live=polite]")).toHaveText(`Side ${pages} af ${pages}`);
  expect(page.url()).toContain(`visning=kommune&side=${pages}`);
  await expectAccessible(page);
  await screenshot(page, "sagsstamme-sidste-side");

  await previous.click();
  await expect(page.getByRole("table").locator("caption")).toHaveText(`${total} borgere – side ${pages - 1} af ${pages}`);
});
