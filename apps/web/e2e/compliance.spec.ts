import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { ComplianceCounts, ComplianceSummary } from "@kontaktplan/schema";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

// Two axe scans of a page whose every count is a link; on a busy build machine that takes longer than the default.
test.describe.configure({ timeout: 90_000 });

const cells = (c: ComplianceCounts) => [c.metOnTime, c.missed, c.open, c.metOnTime + c.missed + c.open].map(String);

/** The table's figures, row by row: the row header, then every cell. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

test("the overview shows the API's counts per target group and per caseworker, as chart and table, and filters by deadline", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const all = await query<ComplianceSummary>(api, "compliance.summary", {});

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Overblik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();

  const byGroup = page.getByRole("table", { name: "Samtalekrav pr. målgruppe" });
  await expect(byGroup).toBeVisible();
  expect(all.byTargetGroup.length).toBeGreaterThan(1);
  expect(await tableRows(byGroup)).toEqual(all.byTargetGroup.map((g) => [g.targetGroupLabel, ...cells(g)]));
  const byCaseworker = page.getByRole("table", { name: "Samtalekrav pr. sagsbehandler" });
  expect(await tableRows(byCaseworker)).toEqual(all.byCaseworker.map((c) => [c.caseworkerName, c.teamName, ...cells(c)]));
  for (const [i, label] of ["Opfyldt til tiden", "Overskredet", "Åbne"].entries()) {
    await expect(page.locator(".totals dt").nth(i)).toHaveText(label);
    await expect(page.locator(".totals dd").nth(i)).toHaveText(cells(all.totals)[i]!);
  }
  const chart = page.getByRole("img", { name: /^Samtalekrav pr. målgruppe/ });
  await expect(chart).toBeVisible();
  const first = all.byTargetGroup[0]!;
  await expect(chart).toHaveAccessibleName(
    new RegExp(`${first.targetGroupLabel}: ${first.metOnTime} opfyldt til tiden, ${first.missed} overskredet, ${first.open} åbne\\.`),
  );
  await expect(page.getByRole("img", { name: /^Samtalekrav pr. sagsbehandler/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "overblik");

  // A period that ends before it starts is refused beside the field; a valid one narrows the counts as the API does.
  await page.getByLabel("Frister fra").fill(all.asOf);
  await page.getByLabel("Frister til").fill("2020-01-01");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page.getByText("Slutdatoen ligger før startdatoen")).toBeVisible();
  await expect(page.getByLabel("Frister til")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("Frister til").fill("");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  const upcoming = await query<ComplianceSummary>(api, "compliance.summary", { dueFrom: all.asOf });
  await api.dispose();
  expect(upcoming.totals).not.toEqual(all.totals);
  await expect(page.locator(".totals dd").first()).toHaveText(String(upcoming.totals.metOnTime));
  await expect.poll(() => tableRows(byGroup)).toEqual(upcoming.byTargetGroup.map((g) => [g.targetGroupLabel, ...cells(g)]));
  expect(await tableRows(byCaseworker)).toEqual(upcoming.byCaseworker.map((c) => [c.caseworkerName, c.teamName, ...cells(c)]));
});
