import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { CaseloadPage, CitizenDetail, ComplianceSummary, JointDueList } from "@kontaktplan/schema";
import { ruleTitle } from "@kontaktplan/ui";
import { PDFParse } from "pdf-parse";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@aarhus.jobcenter.example";
const NORDLYS = "medarbejder1@nordlys.akasse.example";

/** One query as `email`, in a session of its own. */
async function queryAs<T>(email: string, path: string, input: unknown): Promise<T> {
  const api = await apiAs(email);
  try {
    return await query<T>(api, path, input);
  } finally {
    await api.dispose();
  }
}

const caseloadAs = (email: string, input: Record<string, unknown>) => queryAs<CaseloadPage>(email, "caseload.list", input);
const citizenAs = (email: string, citizenId: string) => queryAs<CitizenDetail>(email, "citizen.get", { citizenId });

// Several logins and axe scans each; on a busy build machine they take longer than the default.
test.describe.configure({ timeout: 120_000 });

const rowNames = (page: Page) => page.getByRole("table").getByRole("rowheader").allTextContents();

async function settled(page: Page, total: number): Promise<void> {
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("table").locator("caption")).toContainText(`${total} borgere`);
}

/** A downloaded CSV file's text, as the page hands it to the browser. */
async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return readFileSync(await file.path(), "utf8");
}

test("the caseload puts the overdue first with badges, sorts by its headers and keeps it all in the address and history", async ({ page }) => {
  const expected = await caseloadAs(CASEWORKER, { pageSize: 25 });
  const overdue = expected.rows.filter((r) => r.overdueSince !== null);
  expect(overdue.length, "the caseworker's caseload should have someone overdue").toBeGreaterThan(0);
  // Overdue first, the longest overdue first; then the nearest deadline.
  const firstNotOverdue = expected.rows.findIndex((r) => r.overdueSince === null);
  expect(expected.rows.slice(0, overdue.length)).toEqual(overdue);
  expect(overdue.map((r) => r.overdueSince)).toEqual(overdue.map((r) => r.overdueSince).sort());
  if (firstNotOverdue !== -1) {
    const rest = expected.rows.slice(firstNotOverdue).map((r) => r.nextDeadline ?? "9999");
    expect(rest).toEqual([...rest].sort());
  }

  await login(page, CASEWORKER, "Sagsstamme");
  await settled(page, expected.total);
  expect(await rowNames(page)).toEqual(expected.rows.map((r) => r.name));
  const firstRow = page.getByRole("table").locator("tbody tr").first();
  await expect(firstRow.locator(".badge--overdue")).toHaveText(/^Overskredet siden /);
  await expect(page.getByRole("table").locator(".badge--overdue")).toHaveCount(overdue.length);
  await expectAccessible(page);
  await screenshot(page, "sagsstamme-arbejdsliste");

  // Clicking a header sorts by it; clicking again turns it around.
  const byName = await caseloadAs(CASEWORKER, { sort: "name", pageSize: 25 });
  const nameHeader = page.getByRole("columnheader", { name: "Borger" });
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await settled(page, expected.total);
  expect(await rowNames(page)).toEqual(byName.rows.map((r) => r.name));
  expect(page.url()).toContain("#/?sortering=name");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  const byNameDesc = await caseloadAs(CASEWORKER, { sort: "name", direction: "desc", pageSize: 25 });
  await expect.poll(() => rowNames(page)).toEqual(byNameDesc.rows.map((r) => r.name));
  expect(page.url()).toContain("sortering=name&retning=desc");

  // Reload keeps the order; back and forward step through it.
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Borger" })).toHaveAttribute("aria-sort", "descending");
  await page.goBack();
  await expect(page.getByRole("columnheader", { name: "Borger" })).toHaveAttribute("aria-sort", "ascending");
  await page.goBack();
  await expect(page.getByLabel("Sortér efter")).toHaveValue("urgency");
  await expect.poll(() => rowNames(page)).toEqual(expected.rows.map((r) => r.name));
  await page.goForward();
  await expect(page.getByRole("columnheader", { name: "Borger" })).toHaveAttribute("aria-sort", "ascending");
});

test("a caseworker finds a citizen by name or by birth date, in the kommune's caseload, and the search survives a reload", async ({ page }) => {
  const kommune = await caseloadAs(CASEWORKER, { scope: "kommune", pageSize: 200 });
  const target = kommune.rows[kommune.rows.length - 1]!;
  const birth = `${target.cprMasked.slice(0, 2)}-${target.cprMasked.slice(2, 4)}-${target.cprMasked.slice(4, 6)}`;
  const byBirth = await caseloadAs(CASEWORKER, { scope: "kommune", search: birth, pageSize: 25 });
  const byName = await caseloadAs(CASEWORKER, { scope: "kommune", search: target.name, pageSize: 25 });
  expect(byBirth.rows.map((r) => r.citizenId)).toContain(target.citizenId);
  expect(byName.rows.map((r) => r.citizenId)).toContain(target.citizenId);

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByLabel("Vis").selectOption("kommune");
  const search = page.getByRole("searchbox", { name: "Søg borger" });
  await search.fill(birth);
  await search.press("Enter");
  await settled(page, byBirth.total);
  expect(await rowNames(page)).toEqual(byBirth.rows.map((r) => r.name));
  expect(page.url()).toContain(`soeg=${birth}`);
  await expectAccessible(page);
  await screenshot(page, "sagsstamme-soegning");

  await search.fill(target.name);
  await page.getByRole("button", { name: "Søg" }).click();
  await settled(page, byName.total);
  expect(await rowNames(page)).toEqual(byName.rows.map((r) => r.name));
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Søg borger" })).toHaveValue(target.name);
  await settled(page, byName.total);
  await page.goBack();
  await expect(page.getByRole("searchbox", { name: "Søg borger" })).toHaveValue(birth);

  await search.fill("Ingen Sådan Borger");
  await search.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Ingen borgere matcher" })).toHaveText('Ingen borgere matcher søgningen "Ingen Sådan Borger".');
});

test("Overblik's numbers lead to the citizens behind them, and the overview and the caseload export as CSV for Excel", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const summary = await query<ComplianceSummary>(api, "compliance.summary", {});
  await api.dispose();
  const missed = await caseloadAs(CASEWORKER, { scope: "kommune", status: "missed", pageSize: 1 });
  const caseworker = summary.byCaseworker.find((c) => c.caseworkerId !== null && c.missed > 0)!;
  const theirs = await caseloadAs(CASEWORKER, { scope: "kommune", status: "missed", caseworker: caseworker.caseworkerId, pageSize: 1 });
  expect(theirs.total).toBeGreaterThan(0);

  await login(page, CASEWORKER, "Sagsstamme");
  const caseloadCsv = await download(page, "Hent sagsstammen som CSV");
  const mine = await caseloadAs(CASEWORKER, { pageSize: 1 });
  expect(caseloadCsv.startsWith("\uFEFFBorger;CPR;Målgruppe;Næste frist;")).toBe(true);
  expect(caseloadCsv.trimEnd().split("\r\n")).toHaveLength(mine.total + 1);
  expect(caseloadCsv).toMatch(/\r\n[^;\r\n]+;\d{6}-xxxx;/);

  await page.getByRole("link", { name: "Overblik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  const overviewCsv = await download(page, "Hent overblikket som CSV");
  expect(overviewCsv.split("\r\n")[1]).toBe(
    `I alt;Hele kommunen;;${summary.totals.metOnTime};${summary.totals.missed};${summary.totals.open};${summary.totals.metOnTime + summary.totals.missed + summary.totals.open}`,
  );
  await expectAccessible(page);
  await screenshot(page, "overblik-links");

  await page.getByRole("link", { name: `${summary.totals.missed} overskredet: vis borgerne` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("missed");
  await expect(page.getByLabel("Vis")).toHaveValue("kommune");
  await settled(page, missed.total);

  await page.goBack();
  await page.getByRole("link", { name: `${caseworker.missed} overskredet, ${caseworker.caseworkerName}: vis borgerne` }).click();
  await settled(page, theirs.total);
  await expect(page.getByText("Viser kun én sagsbehandlers borgere")).toBeVisible();
  await expectAccessible(page);
});

test("an a-kasse searches its own members only, exports its list, and the list keeps its state in the address", async ({ page }) => {
  const api = await apiAs(NORDLYS);
  const due = await query<JointDueList>(api, "joint.due");
  await api.dispose();
  const member = due.rows[0]!;
  const outsiderRow = (await caseloadAs(CASEWORKER, { scope: "kommune", targetGroup: "kontanthjaelp-jobparat", pageSize: 1 })).rows[0]!;
  // Lists send masked numbers; the citizen page has the full one the a-kasse must not find.
  const outsider = (await citizenAs(CASEWORKER, outsiderRow.citizenId)).citizen;
  const api2 = await apiAs(NORDLYS);
  const found = await query<JointDueList>(api2, "joint.due", { search: member.cprMasked.slice(0, 6) });
  await api2.dispose();
  expect(found.rows.map((r) => r.citizenId)).toContain(member.citizenId);

  await login(page, NORDLYS, "Fællessamtaler");
  const search = page.getByRole("searchbox", { name: "Søg medlem" });
  await search.fill(member.cprMasked.slice(0, 6));
  await search.press("Enter");
  await expect(page.getByRole("table").locator("caption")).toHaveText(`${found.rows.length} fællessamtaler`);
  expect(new Set(await page.getByRole("table").getByRole("rowheader").allTextContents())).toEqual(new Set(found.rows.map((r) => `${r.name}${r.cprMasked}`)));
  await expectAccessible(page);
  await screenshot(page, "faellessamtaler-soegning");

  const csv = await download(page, "Hent listen som CSV");
  expect(csv.startsWith("\uFEFFMedlem;CPR;Krav;")).toBe(true);
  expect(csv.trimEnd().split("\r\n")).toHaveLength(found.rows.length + 1);

  await page.getByRole("columnheader", { name: "Medlem" }).getByRole("button").click();
  expect(page.url()).toContain("sortering=name");
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Søg medlem" })).toHaveValue(member.cprMasked.slice(0, 6));
  await expect(page.getByRole("columnheader", { name: "Medlem" })).toHaveAttribute("aria-sort", "ascending");

  // Someone else's citizen (on kontanthjælp in a jobcentre) is not found, by the full CPR number either.
  await search.fill(outsider.cpr);
  await search.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Ingen fællessamtaler" })).toHaveText(`Ingen fællessamtaler matcher søgningen "${outsider.cpr}".`);
});

for (const width of [390, 320]) {
  test(`at ${width} CSS px the caseload and the a-kasse list reflow without scrolling sideways`, async ({ page, browser }) => {
    await page.setViewportSize({ width, height: 800 });
    await login(page, CASEWORKER, "Sagsstamme");
    await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    // One card per citizen: the cells stack, each labelled by its column.
    const cell = page.getByRole("table").locator("tbody tr").first().locator('td[data-label="Næste frist"]');
    expect(await cell.evaluate((td) => [getComputedStyle(td).display, getComputedStyle(td, "::before").content])).toEqual([
      "block",
      expect.stringContaining("Næste frist"),
    ]);
    await expectAccessible(page);
    await screenshot(page, `sagsstamme-${width}px`);

    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const akasse = await context.newPage();
    await login(akasse, NORDLYS, "Fællessamtaler");
    await expect(akasse.getByRole("table")).toBeVisible();
    expect(await akasse.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(akasse);
    await screenshot(akasse, `faellessamtaler-${width}px`);
    await context.close();
  });
}

test("a citizen's plan and history print with their obligations, without the forms; the comparison lives in the address", async ({ page }) => {
  const caseload = await caseloadAs(CASEWORKER, { pageSize: 1 });
  const citizenId = caseload.rows[0]!.citizenId;
  const api = await apiAs(CASEWORKER);
  const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId });
  await api.dispose();
  expect(detail.evaluation.obligations.length).toBeGreaterThan(0);

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("table").getByRole("rowheader").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: detail.citizen.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Udskriv plan og historik" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "borger-udskrift");
  // Back to the browser's own media, which page.pdf prints as "print".
  await page.emulateMedia({ media: null });

  const pdf = await page.pdf({ format: "A4" });
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const text = (await parser.getText()).text.replace(/\s+/g, " ");
  await parser.destroy();
  expect(text).toContain(detail.citizen.name);
  for (const o of detail.evaluation.obligations) expect(text).toContain(ruleTitle(o.explanation).replace(/\s+/g, " "));
  expect(text).toContain("Forslag til plan");
  expect(text).not.toContain("Registrér pause");
  expect(text).not.toContain("Log ud");

  // The comparison with the other rule set: in the address, kept on reload, undone by back.
  await page.getByLabel(/til sammenligning/).check();
  await expect(page.getByText("Til sammenligning:")).toBeVisible();
  expect(page.url()).toContain("?sammenlign=1");
  await page.reload();
  await expect(page.getByLabel(/til sammenligning/)).toBeChecked();
  await expect(page.getByText("Til sammenligning:")).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await expect(page.getByLabel(/Gældende regelsæt/)).toBeChecked();
});
