/**
 * The a-kasse's worklist pages on the server: members built for this test (found by a name no
 * demo citizen has) fill more than one page, and the pages, the order and the filter live in the
 * address.
 */
import { expect, test } from "./fixtures.js";
import type { CitizenRecord, JointDueList, Me } from "@kontaktplan/schema";
import { E2E_TODAY } from "./clock.js";
import { addDays, freshCpr } from "./jobcentre-citizens.js";
import { apiAs, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler2@odense.jobcenter.example";
const AKASSE = "medarbejder2@nordlys.akasse.example";
const NAME = "Sidetæller";
/** Each new dagpenge member has at least two fællessamtaler ahead, at most three: 52–78 rows, two pages of 50. */
const MEMBERS = 26;

test.describe.configure({ timeout: 180_000 });

test("an a-kasse pages through a worklist longer than a page; a filter or a new order starts on page 1", async ({ page }) => {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  const jobcentre = await apiAs(CASEWORKER);
  for (let i = 0; i < MEMBERS; i++) {
    const citizen = await mutate<CitizenRecord>(jobcentre, "citizen.create", {
      name: `${NAME} ${String(i + 1).padStart(2, "0")}`,
      cpr: freshCpr(),
      akasseId: me.organisation!.id,
    });
    await mutate(jobcentre, "forloeb.create", { citizenId: citizen.id, ydelse: "dagpenge", start: addDays(E2E_TODAY, -20 - i) });
  }
  await jobcentre.dispose();
  const byName = async (page: number) => query<JointDueList>(akasse, "joint.due", { search: NAME, sort: "name", page, pageSize: 50 });
  const [first, second] = [await byName(1), await byName(2)];
  await akasse.dispose();
  const total = first.totals.rows;
  expect(total).toBeGreaterThanOrEqual(2 * MEMBERS);
  expect(total).toBeLessThanOrEqual(100);
  expect([first.rows.length, second.rows.length]).toEqual([50, total - 50]);

  await login(page, AKASSE, "Fællessamtaler");
  const search = page.getByRole("searchbox", { name: "Søg medlem" });
  await search.fill(NAME);
  await search.press("Enter");
  const table = page.getByRole("table", { name: /fællessamtaler/ });
  await expect(table.locator("caption")).toHaveText(`${total} fællessamtaler`);
  await table.getByRole("columnheader", { name: "Medlem" }).getByRole("button").click();
  const pager = page.getByRole("navigation", { name: "Sider med fællessamtaler" });
  await expect(pager).toContainText("Side 1 af 2");
  const names = () => table.getByRole("rowheader").allTextContents();
  await expect.poll(names).toEqual(first.rows.map((r) => `${r.name}${r.cprMasked}`));
  await expectAccessible(page);

  await pager.getByRole("button", { name: "Næste side" }).click();
  await expect(pager).toContainText("Side 2 af 2");
  await expect.poll(names).toEqual(second.rows.map((r) => `${r.name}${r.cprMasked}`));
  expect(page.url()).toContain("side=2");
  await expect(pager.getByRole("button", { name: "Næste side" })).toHaveAttribute("aria-disabled", "true");
  await screenshot(page, "faellessamtaler-side-2");

  // The address holds the page: a reload shows it again; a status filter starts on page 1.
  await page.goto(page.url());
  await expect(pager).toContainText("Side 2 af 2");
  await page.getByLabel("Status").selectOption("upcoming");
  await expect(page).not.toHaveURL(/side=2/);
  await expect(
    page
      .getByRole("table", { name: /fællessamtaler/ })
      .getByRole("rowheader")
      .first(),
  ).toBeVisible();
  expect(new URL(page.url()).hash).toContain("status=upcoming");
});
