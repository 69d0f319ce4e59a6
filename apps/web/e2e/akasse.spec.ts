import { expect, test } from "./fixtures.js";
import type { JointDueList, SlotRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { apiAs, baseUrl, expectAccessible, login, query, screenshot } from "./support.js";

const NORDLYS = "medarbejder1@nordlys.akasse.example";
const KOMMUNE_SLUG: Record<string, string> = {
  "Jobcenter København": "koebenhavn",
  "Jobcenter Aarhus": "aarhus",
  "Jobcenter Odense": "odense",
  "Jobcenter Aalborg": "aalborg",
};

/** A Nordlys member with an open joint meeting, nothing booked, and free jobcentre slots inside the window. */
async function bookableMember() {
  const api = await apiAs(NORDLYS);
  const due = await query<JointDueList>(api, "joint.due");
  for (const row of due.rows.filter((r) => r.status === "open" && r.planned.length === 0 && r.to > due.asOf)) {
    const from = row.from > due.asOf ? row.from : due.asOf;
    const slots = await query<SlotRecord[]>(api, "slots.list", { forloebId: row.forloebId, from, to: row.to });
    if (slots.length > 0) {
      await api.dispose();
      return { row, slot: slots[0]! };
    }
  }
  throw new Error("The seed has no bookable Nordlys member");
}

test("an a-kasse books a joint meeting inside the window, a stale slot is refused, and the jobcentre sees the booking", async ({ page, browser }) => {
  const { row, slot } = await bookableMember();
  await login(page, NORDLYS, "Fællessamtaler");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "faellessamtaler");

  // A second tab with the same slot list, which goes stale once the first tab books.
  const stale = await page.context().newPage();
  await page.getByRole("link", { name: `Book tid for ${row.name}, ${JOINT_RULE_LABEL[row.rule].toLowerCase()}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Fællessamtale for ${row.name}: ${JOINT_RULE_LABEL[row.rule].toLowerCase()}` })).toBeVisible();
  await stale.goto(page.url());

  const slotLabel = `${formatDanishDateTime(slot.date, slot.time)} – ${slot.jobcenterName}`;
  await page.getByLabel(slotLabel).check();
  await expectAccessible(page);
  await screenshot(page, "booking");
  await page.getByRole("button", { name: "Bekræft booking" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Fællessamtalen er booket" })).toHaveText(
    `Fællessamtalen er booket ${formatDanishDateTime(slot.date, slot.time)}.`,
  );

  await stale.getByLabel(slotLabel).check();
  await stale.getByRole("button", { name: "Bekræft booking" }).click();
  await expect(stale.getByRole("alert")).toHaveText("Tiden kunne ikke bookes: Tiden er netop blevet booket af en anden. Vælg en anden tid.");
  await expect(stale.getByLabel(slotLabel)).toHaveCount(0);
  await expectAccessible(stale);

  const jobcentre = await browser.newContext();
  const caseworker = await jobcentre.newPage();
  await login(caseworker, `sagsbehandler1@${KOMMUNE_SLUG[slot.jobcenterName]}.jobcenter.example`, "Sagsstamme");
  await caseworker.goto(`${baseUrl()}/#/borger/${row.citizenId}`);
  const meetingRow = caseworker.getByRole("row").filter({ hasText: formatDanishDateTime(slot.date, slot.time) });
  await expect(meetingRow).toContainText("Fællessamtale");
  await expect(meetingRow).toContainText("Planlagt");
  await jobcentre.close();
});

test("an a-kasse cannot open another a-kasse's member by URL", async ({ page }) => {
  const api = await apiAs(NORDLYS);
  const nordlysRow = (await query<JointDueList>(api, "joint.due")).rows[0]!;
  await api.dispose();

  await login(page, "medarbejder1@kysten.akasse.example", "Fællessamtaler");
  await page.goto(`${baseUrl()}/#/medlem/${nordlysRow.forloebId}/${nordlysRow.rule}/${nordlysRow.occurrence}`);
  await expect(page.getByRole("heading", { level: 1, name: "Ikke fundet" })).toBeVisible();
  await expect(page.getByText(nordlysRow.name)).toHaveCount(0);
  await expectAccessible(page);
});

test("the a-kasse's list sorts by name and filters by status", async ({ page }) => {
  await login(page, NORDLYS, "Fællessamtaler");
  const joint = page.getByRole("region", { name: "Fællessamtaler med jobcentret" }).getByRole("table");
  await page.getByLabel("Status").selectOption("missed");
  // The list is filtered and sorted by the API: wait until the new page replaces the old one.
  await expect(joint).toHaveAttribute("aria-busy", "false");
  const statuses = await joint.locator("tbody .kp-status").allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["Overskredet"]));

  await page.getByLabel("Status").selectOption("all");
  await page.getByRole("button", { name: "Medlem" }).click();
  await expect(page.getByRole("columnheader", { name: "Medlem" })).toHaveAttribute("aria-sort", "ascending");
  await expect(joint).toHaveAttribute("aria-busy", "false");
  const names = (await joint.locator("tbody th").allTextContents()).map((t) => t.replace(/\d{6}-xxxx$/, ""));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "da")));
});
