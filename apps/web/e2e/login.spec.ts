import { expect, test } from "./fixtures.js";
import { baseUrl, expectAccessible, screenshot } from "./support.js";

test("the login page is accessible, shows Danish field errors and the server's refusal", async ({ page }) => {
  await page.goto(`${baseUrl()}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expectAccessible(page);
  await screenshot(page, "login");

  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Må ikke være tom")).toHaveCount(2);
  await expectAccessible(page);

  await page.getByLabel("E-mail").fill("sagsbehandler1@koebenhavn.jobcenter.example");
  await page.getByLabel("Adgangskode").fill("forkert-kode");
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("alert")).toContainText(/adgangskode/i);
});
