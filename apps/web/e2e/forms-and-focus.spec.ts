import { expect, test } from "./fixtures.js";
import type { CaseloadPage } from "@kontaktplan/schema";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler2@aarhus.jobcenter.example";

test.describe.configure({ timeout: 120_000 });

/** The caseworker's first citizen with a running forløb (the page then shows the pause form). */
async function citizenWithForms(): Promise<{ citizenId: string; name: string }> {
  const api = await apiAs(CASEWORKER);
  const caseload = await query<CaseloadPage>(api, "caseload.list", { pageSize: 200, sort: "name" });
  await api.dispose();
  const row = caseload.rows.find((r) => r.ydelse !== null);
  if (!row) throw new Error(`${CASEWORKER} has no citizen with a forløb`);
  return { citizenId: row.citizenId, name: row.name };
}

test("after signing in, focus is on the first page's heading", async ({ page }) => {
  await login(page, CASEWORKER, "Sagsstamme");
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeFocused();
});

test("a date that does not exist is refused in the field's own format, and a half-filled form warns before leaving", async ({ page }) => {
  const citizen = await citizenWithForms();
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${page.url().replace(/#.*$/, "")}#/borger/${citizen.citizenId}`);
  await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();

  // 31.02 typed into the date field the way a user types it, in the order the browser's language
  // lays the field out (dd.mm.åååå in Danish; this machine's Chromium may use mm/dd/yyyy).
  const from = page.getByLabel("Første dag i pausen");
  await from.focus();
  await page.keyboard.type("01022025");
  const dayFirst = (await from.inputValue()) === "2025-02-01";
  await from.fill("");
  await from.focus();
  await page.keyboard.type(dayFirst ? "31022025" : "02312025");
  // Leave the field (Tab would first reach the field's own calendar button).
  await from.blur();
  const message = "Datoen findes ikke. Skriv en dato, der findes, som dd.mm.åååå.";
  await expect(page.getByText(message)).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(from).toHaveAccessibleDescription(message);
  await expectAccessible(page);
  await screenshot(page, "dato-findes-ikke");

  // A date typed only in part (day and month, no year) gets the same message in the field's format.
  await from.fill("");
  await from.focus();
  await page.keyboard.type(dayFirst ? "0102" : "0201");
  await from.blur();
  await expect(from).toHaveAccessibleDescription(message);
  await expect(page.getByText(message)).toBeVisible();

  // Leaving through the portal's own navigation asks first; staying keeps what was typed.
  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Sagsstamme" }).click();
  expect(dialogs).toEqual(["Du har udfyldt en formular, som ikke er gemt. Vil du forlade siden alligevel?"]);
  await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();

  // Closing the tab asks the browser's own question.
  const beforeUnload = new Promise<string>((resolve) => page.once("dialog", (dialog) => (resolve(dialog.type()), void dialog.accept())));
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe("beforeunload");
});

test("a page without anything typed is left without a question", async ({ page }) => {
  const citizen = await citizenWithForms();
  await login(page, CASEWORKER, "Sagsstamme");
  let asked = false;
  page.on("dialog", (dialog) => {
    asked = true;
    void dialog.dismiss();
  });
  await page.goto(`${page.url().replace(/#.*$/, "")}#/borger/${citizen.citizenId}`);
  await expect(page.getByRole("heading", { level: 1, name: citizen.name })).toBeVisible();
  await page.getByRole("link", { name: "Sagsstamme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sagsstamme" })).toBeVisible();
  expect(asked).toBe(false);
});
