import { expect, test } from "./fixtures.js";
import { formatDanishDateTime, formatDanishShortDate, ruleTitle } from "@kontaktplan/ui";
import { baseUrl, expectAccessible, login, screenshot } from "./support.js";
import { obligationsOf, takeCitizen } from "./jobcentre-citizens.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

test("a caseworker records a meeting and the obligation turns met", async ({ page }) => {
  // An obligation that one more individual meeting held today meets.
  const { detail, current } = await takeCitizen(CASEWORKER, "an obligation one meeting short today", ({ detail, current }) =>
    obligationsOf(detail, current.id).some(
      (o) => o.status === "open" && o.kinds.includes("individuel") && o.from <= detail.asOf && detail.asOf <= o.to && o.required - o.held === 1,
    ),
  );
  const target = obligationsOf(detail, current.id).find(
    (o) => o.status === "open" && o.kinds.includes("individuel") && o.from <= detail.asOf && detail.asOf <= o.to && o.required - o.held === 1,
  )!;

  await login(page, CASEWORKER, "Sagsstamme");
  await expect(page.getByText(/Logget ind som/)).toContainText("Jobcenter København");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "sagsstamme");

  const first = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("img", { name: /Tidslinje: Forløb på/ }).first()).toBeVisible();
  await expect(page.getByText(/Lovgrundlag:/).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger");

  await page.goto(`${baseUrl()}/#/borger/${detail.citizen.id}`);
  const obligation = page
    .getByRole("listitem")
    .filter({ hasText: ruleTitle(target.explanation) })
    .filter({ hasText: `Vindue: ${formatDanishShortDate(target.from)} – ${formatDanishShortDate(target.to)}` });
  await expect(obligation).toHaveCount(1);
  await expect(obligation.getByRole("heading")).toContainText("Åben");
  await expect(obligation).toContainText(`Afholdt: ${target.held} af ${target.required}`);

  const plan = page.getByRole("region", { name: "Planlæg samtale" });
  await plan.getByLabel("Klokkeslæt").fill("10:45");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("status")).toHaveText("Samtalen er planlagt.");

  const when = formatDanishDateTime(detail.asOf, "10:45");
  await page.getByRole("button", { name: `Registrér som afholdt (${when})` }).first().click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByText(`Samtalen ${when} er registreret som afholdt.`)).toBeVisible();
  await expect(obligation.getByRole("heading")).toContainText("Opfyldt");
  await expect(obligation).toContainText(`Afholdt: ${target.required} af ${target.required}`);
  await expectAccessible(page);
  await screenshot(page, "borger-samtale-afholdt");
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
