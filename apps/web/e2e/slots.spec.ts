import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { JointDueList, JointDueRow, JointMember, JointProposal, Me, SlotListItem } from "@kontaktplan/schema";
import { dayNumber, formatDanishDateTime, isoOfDay, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { bookingHref } from "@kontaktplan/screens/route";
import { E2E_TODAY } from "./clock.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";
const NORDLYS = "medarbejder1@nordlys.akasse.example";
const KOEBENHAVN = "Jobcenter København";

/** Monday = 0 … Sunday = 6 (day 0, 1 January 1970, was a Thursday). */
const weekday = (iso: string) => (dayNumber(iso) + 3) % 7;
const addDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);
/** The first date after `from` (not `from` itself) that falls on the weekday. */
const nextWeekday = (from: string, day: number) => addDays(from, ((day - weekday(from) + 6) % 7) + 1);
/** The public holidays that can fall on a Tuesday or Wednesday, when the jobcentre is closed. */
const closedMidweek = (iso: string) => ["01-01", "06-05", "12-24", "12-25", "12-26", "12-31"].includes(iso.slice(5));
const published = (n: number) => (n === 1 ? "1 tid er udbudt" : `${n} tider er udbudt`);

async function openSlotsPage(page: Page): Promise<void> {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Tider til fællessamtaler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tider til fællessamtaler" })).toBeVisible();
}

test("a caseworker publishes a single and a weekly slot and sees them among her own", async ({ page }) => {
  const today = E2E_TODAY;
  let single = nextWeekday(today, 2);
  if (closedMidweek(single)) single = addDays(single, 7);
  const firstTuesday = nextWeekday(today, 1);
  const tuesdays = [0, 7, 14].map((d) => addDays(firstTuesday, d));
  const openTuesdays = tuesdays.filter((d) => !closedMidweek(d));

  await openSlotsPage(page);
  await expect(page.getByRole("link", { name: "Tider til fællessamtaler" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
  await screenshot(page, "tider");

  const publish = page.getByRole("region", { name: "Udbyd ledige tider" });
  await publish.getByLabel("Dato (første gang)").fill(single);
  await publish.getByLabel("Klokkeslæt", { exact: true }).fill("08:00");
  await publish.getByLabel("Varighed i minutter").fill("45");
  await publish.getByRole("button", { name: "Udbyd tider" }).click();
  await expect(publish.getByRole("status")).toHaveText(`${published(1)}: ${formatDanishDateTime(single, "08:00")}.`);

  // A Saturday is refused by the server, beside the date, and nothing is published.
  const closedMessage = "Jobcentret holder lukket (Lørdag). Vælg en anden dag.";
  await publish.getByLabel("Dato (første gang)").fill(nextWeekday(today, 5));
  await publish.getByRole("button", { name: "Udbyd tider" }).click();
  await expect(publish.getByLabel("Dato (første gang)")).toHaveAttribute("aria-invalid", "true");
  await expect(publish.getByLabel("Dato (første gang)")).toHaveAccessibleDescription(closedMessage);
  await expect(publish.getByRole("alert")).toHaveText(closedMessage);
  await expect(publish.getByRole("status")).toHaveCount(0);
  await expectAccessible(page);

  // Weekly, with a number of weeks the schema refuses first: a field error, and nothing published.
  // Before the demo's first meetings of the day (09:00), which a slot may not overlap.
  await publish.getByLabel("Dato (første gang)").fill(firstTuesday);
  await publish.getByLabel("Klokkeslæt", { exact: true }).fill("08:10");
  await publish.getByLabel("Hver uge på samme ugedag og klokkeslæt").check();
  await publish.getByLabel("Antal uger").fill("60");
  await publish.getByRole("button", { name: "Udbyd tider" }).click();
  await expect(publish.getByText("Må højst være 52")).toBeVisible();
  await expect(publish.getByLabel("Antal uger")).toHaveAttribute("aria-invalid", "true");
  await expect(publish.getByRole("status")).toHaveCount(0);
  await expectAccessible(page);
  await publish.getByLabel("Antal uger").fill("3");
  await publish.getByRole("button", { name: "Udbyd tider" }).click();
  await expect(publish.getByRole("status")).toContainText(
    `${published(openTuesdays.length)}: ${openTuesdays.map((d) => formatDanishDateTime(d, "08:10")).join("; ")}.`,
  );

  // The server holds exactly these, for this caseworker, and the list shows each as free.
  const api = await apiAs(CASEWORKER);
  const me = await query<Me>(api, "auth.me");
  const stored = await query<SlotListItem[]>(api, "slots.list", { from: today, to: addDays(today, 27) });
  await api.dispose();
  const mine = stored.filter((s) => s.caseworkerId === me.id && (s.time === "08:00" || s.time === "08:10"));
  expect(mine.map((s) => [s.date, s.time])).toEqual(
    [[single, "08:00"], ...openTuesdays.map((d) => [d, "08:10"])].sort((a, b) => (`${a[0]}${a[1]}` < `${b[0]}${b[1]}` ? -1 : 1)),
  );
  const list = page.getByRole("region", { name: "Tider og bookinger" });
  await expect(list.getByLabel("Vis")).toHaveValue("mine");
  for (const s of mine) {
    const row = list.getByRole("row").filter({ has: page.getByRole("rowheader", { name: formatDanishDateTime(s.date, s.time), exact: true }) });
    await expect(row).toContainText(me.name);
    await expect(row).toContainText("Ledig");
  }
  await expect(list.getByRole("row").filter({ hasText: formatDanishDateTime(single, "08:00") })).toContainText("45 min.");
  await screenshot(page, "tider-udbudt");
});

/** A Nordlys member in København with an open joint meeting, nothing planned or proposed, and a week left in the window. */
async function memberToPropose(): Promise<JointDueRow> {
  const api = await apiAs(NORDLYS);
  const due = await query<JointDueList>(api, "joint.due");
  const pending = new Set((await query<JointProposal[]>(api, "joint.proposals", { status: "pending" })).map((p) => p.forloebId));
  for (const row of due.rows) {
    if (!row.rule.startsWith("joint-") || row.status !== "open" || row.planned.length > 0 || pending.has(row.forloebId)) continue;
    if (dayNumber(row.to) - dayNumber(due.asOf) < 7) continue;
    const slots = await query<SlotListItem[]>(api, "slots.list", { forloebId: row.forloebId, from: due.asOf, to: addDays(due.asOf, 30) });
    if (slots[0]?.jobcenterName === KOEBENHAVN) {
      await api.dispose();
      return row;
    }
  }
  throw new Error("The seed has no Nordlys member in København to propose times for");
}

/** Two weekday times inside the row's window, from two days ahead. */
function proposedTimes(row: JointDueRow): { date: string; time: string }[] {
  const dates: string[] = [];
  for (let d = addDays(E2E_TODAY > row.from ? E2E_TODAY : row.from, 2); dates.length < 2 && d <= row.to; d = addDays(d, 1)) {
    if (weekday(d) < 5 && !closedMidweek(d)) dates.push(d);
  }
  if (dates.length < 2) throw new Error(`No two weekdays left in the window of ${row.forloebId}`);
  return [
    { date: dates[0]!, time: "10:15" },
    { date: dates[1]!, time: "14:45" },
  ];
}

async function propose(row: JointDueRow) {
  const api = await apiAs(NORDLYS);
  const times = proposedTimes(row);
  const proposal = await mutate<JointProposal>(api, "joint.propose", { forloebId: row.forloebId, rule: row.rule, occurrence: row.occurrence, times });
  await api.dispose();
  return { proposal, times };
}

/** The pending proposal's card on the slots page, found by the member's name and a proposed time. */
function proposalCard(page: Page, row: JointDueRow, time: { date: string; time: string }) {
  return page
    .getByRole("region", { name: "Forslag fra a-kasser" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: `Forslag til fællessamtale med ${row.name}` }) })
    .filter({ hasText: formatDanishDateTime(time.date, time.time) });
}

test("a proposal is accepted: the chosen time becomes the fællessamtale, and the a-kasse sees it booked", async ({ page, browser }) => {
  const row = await memberToPropose();
  const { proposal, times } = await propose(row);
  const chosen = formatDanishDateTime(times[1]!.date, times[1]!.time);

  await openSlotsPage(page);
  const card = proposalCard(page, row, times[0]!);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(`Til fristen ${JOINT_RULE_LABEL[row.rule].toLowerCase()}`);
  // Accepting without choosing a time is refused beside the choices.
  await card.getByRole("button", { name: "Acceptér tidspunktet" }).click();
  await expect(card.getByText("Feltet skal udfyldes")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "tider-forslag");
  await card.getByLabel(chosen).check();
  await card.getByRole("button", { name: "Acceptér tidspunktet" }).click();
  const proposals = page.getByRole("region", { name: "Forslag fra a-kasser" });
  await expect(proposals.getByRole("status")).toHaveText(`Forslaget er accepteret: fællessamtalen med ${row.name} holdes ${chosen}.`);
  await expect(card).toHaveCount(0);
  await proposals.getByLabel("Vis forslag").selectOption("accepted");
  await expect(proposals.getByRole("listitem").filter({ hasText: row.name }).filter({ hasText: chosen })).toContainText(
    `Accepteret: fællessamtalen holdes ${chosen}`,
  );
  await expectAccessible(page);

  // The a-kasse sees the booked fællessamtale on the member's page, and the API agrees.
  const akasse = await browser.newContext();
  const akassePage = await akasse.newPage();
  await login(akassePage, NORDLYS, "Fællessamtaler");
  await akassePage.goto(`${baseUrl()}/${bookingHref(row.forloebId, row.rule, row.occurrence)}`);
  await expect(akassePage.getByText(`Fællessamtalen er booket ${chosen}`)).toBeVisible();
  await akasse.close();
  const api = await apiAs(NORDLYS);
  const member = await query<JointMember>(api, "joint.member", { forloebId: row.forloebId });
  await api.dispose();
  const accepted = member.proposals.find((p) => p.id === proposal.id);
  expect(accepted).toMatchObject({ status: "accepted", acceptedTime: { date: times[1]!.date, time: times[1]!.time } });
  expect(member.meetings.find((m) => m.id === accepted?.meetingId)).toMatchObject({ kind: "faelles", status: "planlagt", date: times[1]!.date, time: "14:45" });
});

test("a proposal is declined with a reason, which is required", async ({ page }) => {
  const row = await memberToPropose();
  const { proposal, times } = await propose(row);

  await openSlotsPage(page);
  const card = proposalCard(page, row, times[0]!);
  await card.getByRole("button", { name: "Afvis forslaget" }).click();
  await expect(card.getByLabel("Begrundelse for afvisning")).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText("Angiv en begrundelse")).toBeVisible();
  await expectAccessible(page);
  await card.getByLabel("Begrundelse for afvisning").fill("Ingen ledige mødelokaler de dage");
  await card.getByRole("button", { name: "Afvis forslaget" }).click();
  const proposals = page.getByRole("region", { name: "Forslag fra a-kasser" });
  await expect(proposals.getByRole("status")).toHaveText(`Forslaget til fællessamtale med ${row.name} er afvist.`);
  await proposals.getByLabel("Vis forslag").selectOption("declined");
  await expect(
    proposals
      .getByRole("listitem")
      .filter({ hasText: row.name })
      .filter({ hasText: formatDanishDateTime(times[0]!.date, times[0]!.time) }),
  ).toContainText("Afvist. Begrundelse: Ingen ledige mødelokaler de dage");

  const api = await apiAs(NORDLYS);
  const declined = await query<JointProposal[]>(api, "joint.proposals", { status: "declined" });
  await api.dispose();
  expect(declined.find((p) => p.id === proposal.id)).toMatchObject({ declineReason: "Ingen ledige mødelokaler de dage", meetingId: null });
});
