import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { UserWithPassword } from "@kontaktplan/schema";
import { apiAs, baseUrl, expectAccessible, login, mutate, screenshot } from "./support.js";

// Aalborg and Kystens A-kasse: no other spec works there, so what these tests change stays theirs.
const AALBORG_ADMIN = "admin@aalborg.jobcenter.example";
const KYSTEN_ADMIN = "admin@kysten.akasse.example";
const SYSTEM_ADMIN = "systemadmin@kontaktplan.example";
const STRONG = "Blå hest spiser gule æbler";

async function openAdmin(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("a jobcentre admin creates a caseworker, gives her a citizen, deactivates her and reads it all in the log", async ({ page }) => {
  const stamp = Date.now();
  const email = `e2e.${stamp}@aalborg.jobcenter.example`;
  const name = `Ea Eksempel ${stamp}`;
  await login(page, AALBORG_ADMIN, "Sagsstamme");
  await openAdmin(page, "Brugere", "Brugere i Jobcenter Aalborg");
  await expectAccessible(page);

  const create = page.getByRole("region", { name: "Opret bruger" });
  await create.getByLabel("E-mail").fill("ikke en adresse");
  await create.getByLabel("Navn").fill(name);
  await create.getByRole("button", { name: "Opret bruger" }).click();
  await expect(create.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByLabel("E-mail")).toHaveAccessibleDescription("Angiv en gyldig e-mailadresse, fx navn@kommune.dk");
  await expectAccessible(page);

  await create.getByLabel("E-mail").fill(email);
  await create.getByLabel("Rolle").selectOption({ label: "sagsbehandler" });
  await create.getByLabel("Team").selectOption({ label: "Team Dagpenge" });
  await create.getByRole("button", { name: "Opret bruger" }).click();
  const issued = page.getByRole("status").filter({ hasText: `Engangsadgangskode til ${name}` });
  await expect(issued).toBeVisible();
  await expect(issued.locator(".one-time-password")).toHaveText(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Team Dagpenge");
  await expect(row).toContainText("Aktiv (engangsadgangskode)");
  await screenshot(page, "admin-brugere");

  await openAdmin(page, "Teams", "Teams");
  await page.getByLabel("Teamets navn").fill(`Team E2E ${stamp}`);
  await page.getByRole("button", { name: "Opret team" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Team E2E ${stamp}` })).toContainText("0");
  await expectAccessible(page);
  await screenshot(page, "admin-teams");

  await openAdmin(page, "Fordeling af borgere", "Fordeling af borgere");
  await page.getByLabel("Vis borgere").selectOption({ label: "Alle" });
  const first = page.getByRole("row").nth(1);
  const citizen = (await first.getByRole("rowheader").textContent())!;
  await first.getByRole("checkbox").check();
  await page.getByLabel("Giv de valgte borgere til").selectOption({ label: name });
  await page.getByRole("button", { name: "Fordel valgte borgere" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 borger er fordelt." })).toBeVisible();
  await page.getByLabel("Vis borgere").selectOption({ label: name });
  await expect(page.getByRole("row").filter({ hasText: citizen })).toContainText(name);
  await expectAccessible(page);
  await screenshot(page, "admin-fordeling");

  await openAdmin(page, "Brugere", "Brugere i Jobcenter Aalborg");
  await page.getByRole("button", { name: `Deaktivér ${name}` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Deaktiveret");

  await openAdmin(page, "Log", "Log over administration");
  const log = page.getByRole("table", { name: "Administrative handlinger" });
  await expect(log.getByRole("row").nth(1)).toContainText("Bruger deaktiveret");
  await expect(log).toContainText("Borger fordelt");
  await expect(log).toContainText(`Borger: ${citizen}`);
  await expect(log).toContainText("Bruger oprettet");
  // Never a CPR number in the log.
  expect(await log.textContent()).not.toMatch(/(?<![\w.-])\d{6}-?\d{4}(?![\w.-])/);
  await page.getByLabel("Handling").selectOption({ label: "Bruger deaktiveret" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(log.getByRole("row").nth(1)).toContainText(name);
  await expect(log).not.toContainText("Borger fordelt");
  await page.getByLabel("Fra dato").fill("2030-02-01");
  await page.getByLabel("Til dato").fill("2030-01-01");
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page.getByLabel("Til dato")).toHaveAccessibleDescription("Slutdatoen ligger før startdatoen");
  await expectAccessible(page);
  await screenshot(page, "admin-log");
});

test("a new user signs in with the one-time password, must choose her own, and sees her sessions", async ({ page }) => {
  const email = `ny.${Date.now()}@aalborg.jobcenter.example`;
  const admin = await apiAs(AALBORG_ADMIN);
  const { oneTimePassword } = await mutate<UserWithPassword>(admin, "admin.users.create", { email, name: "Nanna Ny", role: "sagsbehandler" });

  await page.goto(`${baseUrl()}/`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(oneTimePassword);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vælg din egen adgangskode" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Jobcenter" })).toHaveCount(0);
  await page.getByLabel("Nuværende adgangskode").fill(oneTimePassword);
  await page.getByLabel("Ny adgangskode").fill("password1234");
  await page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(page.getByLabel("Ny adgangskode")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Ny adgangskode")).toHaveAccessibleDescription("Adgangskoden er blandt de mest brugte. Vælg en anden.");
  await expectAccessible(page);
  await screenshot(page, "konto-engangsadgangskode");

  await page.getByLabel("Nuværende adgangskode").fill(oneTimePassword);
  await page.getByLabel("Ny adgangskode").fill(STRONG);
  await page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeVisible();

  await openAdmin(page, "Min konto", "Min konto");
  const sessions = page.getByRole("table", { name: "Dine aktive sessioner" });
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await expect(sessions).toContainText("(denne session)");
  await expectAccessible(page);
  await screenshot(page, "konto");
  await sessions.getByRole("button", { name: "Log ud her" }).click();
  await expect(page.getByRole("button", { name: "Log ind" })).toBeVisible();
});

test("the system admin creates an a-kasse and its first admin; a kommune has one jobcentre", async ({ page }) => {
  const name = `E2E A-kasse ${Date.now()}`;
  await login(page, SYSTEM_ADMIN, "Organisationer");
  await expectAccessible(page);
  const create = page.getByRole("region", { name: "Opret organisation" });
  await create.getByLabel("Navn").fill("Jobcenter Dublet");
  await create.getByLabel("Kommunekode").fill("101");
  await create.getByRole("button", { name: "Opret organisation" }).click();
  await expect(create.getByLabel("Kommunekode")).toHaveAccessibleDescription("Kommune 101 har allerede et jobcenter");

  await create.getByLabel("A-kasse").check();
  await create.getByLabel("Navn").fill(name);
  await create.getByRole("button", { name: "Opret organisation" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Ingen – opret den første");
  await screenshot(page, "admin-organisationer");
  await create.getByRole("link", { name: "Opret den første administrator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Brugere i ${name}` })).toBeVisible();
  const users = page.getByRole("region", { name: "Opret bruger" });
  await users.getByLabel("E-mail").fill(`chef.${Date.now()}@e2e-akasse.example`);
  await users.getByLabel("Navn").fill("Alma Admin");
  await expect(users.getByLabel("Rolle")).toHaveValue("akasse_admin");
  await users.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Engangsadgangskode til Alma Admin" })).toBeVisible();
  await expectAccessible(page);

  await openAdmin(page, "Indstillinger", "Indstillinger");
  await expect(page.getByRole("heading", { level: 2, name: "Regelsæt for hele landet" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-indstillinger");
});

test("an a-kasse admin manages the own a-kasse's staff", async ({ page }) => {
  await login(page, KYSTEN_ADMIN, "Brugere i Kystens A-kasse");
  const create = page.getByRole("region", { name: "Opret bruger" });
  await expect(create.getByLabel("Rolle").getByRole("option")).toHaveText(["a-kassemedarbejder", "a-kasseadministrator"]);
  await expect(create.getByLabel("Team")).toHaveCount(0);
  await create.getByLabel("E-mail").fill(`ny.${Date.now()}@kysten.akasse.example`);
  await create.getByLabel("Navn").fill("Kim Kyst");
  await create.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByRole("row", { name: /Kim Kyst/ })).toContainText("a-kassemedarbejder");
  await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link")).toHaveText(["Brugere", "Log", "Regler", "Min konto"]);
  await expectAccessible(page);
  await screenshot(page, "admin-akasse");
});
