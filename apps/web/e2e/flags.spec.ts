/**
 * The forløb flags of RULES.md §8 on the citizen page, and the exemption quota on Overblik. Every
 * scenario builds its citizens through the API (Aarhus under the law in force for this file; its
 * third caseworker, whom no other spec uses).
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, CitizenRecord, ComplianceSummary, ExemptionQuota, ForloebRecord } from "@kontaktplan/schema";
import { REGIME_FLAG_HELP, REGIME_FLAG_LABEL } from "@kontaktplan/ui";
import { addDays, freshCpr } from "./jobcentre-citizens.js";
import { useKommuneRuleSet } from "./kommune-rule-set.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const ADMIN = "admin@aarhus.jobcenter.example";
const CASEWORKER = "sagsbehandler3@aarhus.jobcenter.example";

test.describe.configure({ timeout: 150_000 });
useKommuneRuleSet(ADMIN);

/** A new citizen of Aarhus with one forløb that began `daysAgo` days before the server's today. */
async function newCitizen(api: APIRequestContext, name: string, forloeb: Record<string, unknown>, daysAgo: number) {
  const citizen = await mutate<CitizenRecord>(api, "citizen.create", { name, cpr: freshCpr() });
  const { asOf } = await query<CitizenDetail>(api, "citizen.get", { citizenId: citizen.id });
  const created = await mutate<ForloebRecord>(api, "forloeb.create", { citizenId: citizen.id, start: addDays(asOf, -daysAgo), ...forloeb });
  return { citizen, forloeb: created, asOf };
}

async function openCitizen(page: Page, citizen: CitizenRecord): Promise<void> {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/${citizen.id}`);
  await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
}

test("a caseworker visits a dagpenge citizen to the jobcentre: the a-kasse's first months give way to six jobcentre meetings", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const { citizen } = await newCitizen(api, "Viggo Visiteret", { ydelse: "dagpenge" }, 20);
  await api.dispose();
  await openCitizen(page, citizen);
  const obligations = page.getByRole("region", { name: /^Forløb på dagpenge/ });
  await expect(obligations).toContainText("3 jobsamtaler i a-kassen i de første 3 måneder");

  const form = page.getByRole("form", { name: "Forhold, der ændrer samtalekravene" });
  const visited = form.getByLabel(REGIME_FLAG_LABEL.visiteretTilJobcenter);
  await expect(visited).not.toBeChecked();
  await expect(visited).toHaveAccessibleDescription(REGIME_FLAG_HELP.visiteretTilJobcenter);
  await expect(form.getByLabel(REGIME_FLAG_LABEL.faellessamtaleInden3Mdr)).toBeVisible();
  await expect(form.getByLabel(REGIME_FLAG_LABEL.undtaget)).toBeVisible();
  await visited.check();
  await form.getByRole("button", { name: "Gem forholdene" }).click();
  await expect(form.getByRole("status")).toHaveText("Forholdene er gemt, og samtalekravene er beregnet igen.");
  await expect(obligations).toContainText("6 jobsamtaler i jobcentret i de første 6 måneder");
  await expect(obligations).not.toContainText("i a-kassen");
  await expect(form.getByLabel(REGIME_FLAG_LABEL.visiteretTilJobcenter)).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, "borger-forhold");
});

test("exempting a citizen past the group's ceiling of 25 % needs a confirmation, and Overblik shows the quota", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const quota = async () => (await query<ComplianceSummary>(api, "compliance.summary", {})).exemptions.find((q) => q.targetGroup === "ledighedsydelse")!;
  const target = await newCitizen(api, "Lise Ledighedsydelse", { ydelse: "ledighedsydelse" }, 30);
  // Fill the quota with exemptions of citizens of our own, so one more passes it whatever the demo holds.
  let q: ExemptionQuota = await quota();
  for (let i = 0; q.exempted + 1 <= q.allowed; i++) {
    const other = await newCitizen(api, `Lars Ledighedsydelse ${i}`, { ydelse: "ledighedsydelse" }, 30);
    await mutate(api, "forloeb.setFlags", { forloebId: other.forloeb.id, version: other.forloeb.version, undtaget: true, confirmOverQuota: true });
    q = await quota();
  }

  await openCitizen(page, target.citizen);
  const form = page.getByRole("form", { name: "Forhold, der ændrer samtalekravene" });
  // Ledighedsydelse can only be exempted; the dagpenge flags are not offered.
  await expect(form.getByRole("checkbox")).toHaveCount(1);
  await form.getByLabel(REGIME_FLAG_LABEL.undtaget).check();
  await form.getByRole("button", { name: "Gem forholdene" }).click();
  const confirm = form.getByLabel("Undtag borgeren alligevel, ud over loftet på 25 %");
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toHaveAccessibleDescription(
    new RegExp(`^Loftet er 25 %: kommunen har ${q.exempted} af ${q.active} aktive forløb for ledighedsydelsesmodtagere undtaget`),
  );
  await expectAccessible(page);
  await screenshot(page, "borger-undtaget-over-loftet");
  await confirm.check();
  await form.getByRole("button", { name: "Gem forholdene" }).click();
  await expect(form.getByRole("status")).toHaveText("Forholdene er gemt, og samtalekravene er beregnet igen.");
  const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId: target.citizen.id });
  expect(detail.forloeb[0]).toMatchObject({ undtaget: true });

  const after = await quota();
  await api.dispose();
  expect(after).toMatchObject({ exempted: q.exempted + 1, active: q.active });
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Overblik" }).click();
  const table = page.getByRole("table", { name: "Undtagne forløb pr. målgruppe (loft 25 %)" });
  const row = table.getByRole("row", { name: /^Ledighedsydelsesmodtagere/ });
  await expect(row.getByRole("cell")).toHaveText([
    String(after.active),
    String(after.exempted),
    `${Math.round((100 * after.exempted) / after.active)} %`,
    String(after.allowed),
    "Over loftet",
  ]);
  await expectAccessible(page);
  await screenshot(page, "overblik-undtagelser");
});
