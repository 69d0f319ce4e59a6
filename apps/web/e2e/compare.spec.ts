import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import { COMPARE_PERIODS, type CompareCaseloadSummary, type CompareGroupTotal } from "@kontaktplan/schema";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

const RULE_SETS = ["lab", "forenklet", "lab2020", "lab2024", "lab2026"] as const;

/** A row as the table should show it: every regime, then forenklet's difference from LAB, per period. */
function expectedRow(label: string, g: Pick<CompareGroupTotal, "forloeb" | "minimum">): string[] {
  return [
    label,
    String(g.forloeb),
    ...COMPARE_PERIODS.flatMap((p) => {
      const diff = g.minimum.forenklet![p.id] - g.minimum.lab![p.id];
      return [...RULE_SETS.map((rs) => String(g.minimum[rs]![p.id])), diff > 0 ? `+${diff}` : diff < 0 ? `−${-diff}` : "0"];
    }),
  ];
}

async function tableRows(table: Locator, part: "tbody" | "tfoot"): Promise<string[][]> {
  return table.locator(`${part} tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

async function expectFigures(table: Locator, summary: CompareCaseloadSummary): Promise<void> {
  await expect.poll(() => tableRows(table, "tbody")).toEqual(summary.byTargetGroup.map((g) => expectedRow(g.targetGroupLabel, g)));
  // The total row: every group's figures added up.
  const sum = (f: (g: CompareGroupTotal) => number) => summary.byTargetGroup.reduce((s, g) => s + f(g), 0);
  const minimum = Object.fromEntries(
    RULE_SETS.map((rs) => [rs, Object.fromEntries(COMPARE_PERIODS.map((p) => [p.id, sum((g) => g.minimum[rs]![p.id])]))]),
  ) as CompareGroupTotal["minimum"];
  expect(await tableRows(table, "tfoot")).toEqual([expectedRow("I alt", { forloeb: summary.forloeb, minimum })]);
}

test("the rule-set comparison shows the API's minimum meetings under LAB and forenklet, per target group and period", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const mine = await query<CompareCaseloadSummary>(api, "compare.caseload", { scope: "mine" });
  const kommune = await query<CompareCaseloadSummary>(api, "compare.caseload", { scope: "kommune" });
  await api.dispose();
  expect(mine.ruleSets).toEqual([...RULE_SETS]);
  expect(kommune.forloeb).toBeGreaterThan(mine.forloeb);

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Regelsæt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regelsæt" })).toBeVisible();
  const table = page.getByRole("table", { name: "Mindste antal samtaler pr. målgruppe og periode" });
  await expect(page.getByLabel("Vis")).toHaveValue("mine");
  await expect(page.getByText(`${mine.forloeb} forløb, opgjort`)).toBeVisible();
  await expectFigures(table, mine);
  for (const p of COMPARE_PERIODS)
    await expect(page.getByRole("img", { name: new RegExp(`^Mindste antal samtaler i ${p.label} pr. målgruppe`) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "regelsaet");

  await page.getByLabel("Vis").selectOption("kommune");
  await expect(page.getByText(`${kommune.forloeb} forløb, opgjort`)).toBeVisible();
  await expectFigures(table, kommune);
  const chart = page.getByRole("img", { name: /^Mindste antal samtaler i 0–6 måneder pr. målgruppe/ });
  const first = kommune.byTargetGroup[0]!;
  await expect(chart).toHaveAccessibleName(
    new RegExp(
      `${first.targetGroupLabel}: ${first.minimum.lab!["0-6"]} LAB, ${first.minimum.forenklet!["0-6"]} forenklet, ${first.minimum.lab2020!["0-6"]} LAB 2020, ${first.minimum.lab2024!["0-6"]} LAB 2024, ${first.minimum.lab2026!["0-6"]} LAB 2026\\.`,
    ),
  );
  await expectAccessible(page);
});
