/**
 * Records that must come out right: held meetings need their participants, requests keep to
 * plausible dates and can be corrected and removed, a double click creates one request, a free
 * slot can be withdrawn, and an a-kasse books both fællessamtaler a deadline needs. Every scenario
 * builds its own citizen through the API (Aalborg's dagpenge caseworker, whom no other spec uses),
 * with dates relative to the server's today.
 */
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, Me, MeetingRecord, SlotPublishResult } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { E2E_TODAY } from "./clock.js";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen as newScenario, openCitizen, type Scenario } from "./scenario.js";
import { apiAs, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler1@aalborg.jobcenter.example";

// Each scenario walks a whole correction with several axe scans and full-page screenshots.
test.describe.configure({ timeout: 120_000 });

/** A new citizen with one forløb that began `daysAgo` days before the server's today. */
const newCitizen = (name: string, forloeb: Record<string, unknown>, daysAgo: number, citizen: Record<string, unknown> = {}): Promise<Scenario> =>
  newScenario(CASEWORKER, name, forloeb, daysAgo, citizen);

test("requests: an implausible date is refused on the field, a double click registers one, and it can be corrected and removed", async ({ page }) => {
  const s = await newCitizen("Rikke Rettelse", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 60);
  await openCitizen(page, s);
  const form = page.getByRole("region", { name: "Registrér anmodning om samtale" });
  const list = page.getByRole("region", { name: "Anmodninger om samtale" });
  await expect(list).toContainText("Der er ikke registreret anmodninger om samtale i forløbet.");

  await form.getByLabel("Dato for anmodningen").fill("1990-01-01");
  await form.getByLabel("Borgeren").check();
  await form.getByRole("button", { name: "Registrér anmodning" }).click();
  const date = form.getByLabel("Dato for anmodningen");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  // The server's wording, with the forløb's start as the engine writes dates ("3. oktober 2026").
  await expect(date).toHaveAccessibleDescription(/^Datoen ligger før forløbets start \(\d{1,2}\. [a-zø]+ \d{4}\)$/);
  // The server's refusal is shown once, beside the field: the form's alert only announces it.
  await expect(form.getByText(/^Datoen ligger før forløbets start/)).toHaveCount(2);
  await expect(form.getByRole("alert")).toHaveClass("visually-hidden");
  await expect(form.locator(".error-box")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "anmodning-urimelig-dato");

  const asked = addDays(s.asOf, -3);
  await form.getByLabel("Dato for anmodningen").fill(asked);
  await form.getByRole("button", { name: "Registrér anmodning" }).dblclick();
  await expect(form.getByRole("status")).toHaveText("Anmodningen er registreret.");
  await expect(list.getByRole("row")).toHaveCount(2);
  const stored = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(stored.requests.map((r) => r.date)).toEqual([asked]);

  await list.getByRole("button", { name: `Ret anmodningen ${formatDanishDate(asked)}` }).click();
  const edit = list.getByRole("form", { name: `Ret anmodningen ${formatDanishDate(asked)}` });
  await edit.getByLabel("Dato for anmodningen").fill(addDays(s.asOf, 5));
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(edit.getByLabel("Dato for anmodningen")).toHaveAccessibleDescription("Datoen ligger i fremtiden; registrér det, når det er sket");
  const corrected = addDays(s.asOf, -2);
  await edit.getByLabel("Dato for anmodningen").fill(corrected);
  await edit.getByLabel("Hvem bad om samtalen?").selectOption("jobcenter");
  await expectAccessible(page);
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(list.getByRole("row", { name: formatDanishDate(corrected) })).toContainText("Jobcentret");
  await screenshot(page, "anmodning-rettet");

  await list.getByRole("button", { name: `Fjern anmodningen ${formatDanishDate(corrected)}` }).click();
  await list.getByRole("button", { name: "Bekræft: fjern anmodningen" }).click();
  await expect(list).toContainText("Der er ikke registreret anmodninger om samtale i forløbet.");
  await expectAccessible(page);
  await s.api.dispose();
});

test("a held fællessamtale needs the citizen, the jobcentre and the a-kasse, which is never ticked in advance", async ({ page }) => {
  const s = await newCitizen("Frida Fællessamtale", { ydelse: "dagpenge" }, 30);
  const heldOn = addDays(s.asOf, -1);
  const meeting = await mutate<MeetingRecord>(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: heldOn, time: "10:00", kind: "faelles" });
  await openCitizen(page, s);
  const when = formatDanishDateTime(meeting.date, meeting.time);
  await page.getByRole("button", { name: `Registrér som afholdt (${when})` }).click();
  const form = page.getByRole("form", { name: "Registrér samtalen som afholdt" });
  const participants = form.getByRole("group", { name: "Deltagere" });
  await expect(participants.getByLabel("Borgeren")).toBeChecked();
  await expect(participants.getByLabel("Jobcentret")).toBeChecked();
  await expect(participants.getByLabel("A-kassen")).not.toBeChecked();

  await form.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(participants).toContainText("En afholdt samtale kræver, at a-kassen deltog.");
  await participants.getByLabel("Jobcentret").uncheck();
  await participants.getByLabel("A-kassen").check();
  await form.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(participants).toContainText("En afholdt samtale kræver, at jobcentret deltog.");
  await expectAccessible(page);
  await screenshot(page, "afholdt-deltagere");

  await participants.getByLabel("Jobcentret").check();
  await form.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByText(`Samtalen ${when} er registreret som afholdt.`)).toBeVisible();
  const stored = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(stored.meetings.find((m) => m.id === meeting.id)).toMatchObject({ status: "afholdt", kind: "faelles" });
  await s.api.dispose();
});

test("a caseworker withdraws a free slot and a weekly series, and one outside opening hours is refused on the field", async ({ page }) => {
  const api = await apiAs(CASEWORKER);
  const { asOf } = await query<{ asOf: string }>(api, "caseload.list", { pageSize: 1 });
  // Two weeks on, a Wednesday: a working day unless it is a holiday, which the publish would refuse.
  let day = addDays(asOf, 14);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 3) day = addDays(day, 1);
  const { created } = await mutate<SlotPublishResult>(api, "slots.publish", { date: day, time: "15:15", durationMinutes: 30 });
  const slot = created[0]!;
  const series = (await mutate<SlotPublishResult>(api, "slots.publish", { date: day, time: "08:15", durationMinutes: 30, weeks: 2 })).created;
  expect(series).toHaveLength(2);
  await api.dispose();

  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("navigation", { name: "Jobcenter" }).getByRole("link", { name: "Tider til fællessamtaler" }).click();
  const publish = page.getByRole("region", { name: "Udbyd ledige tider" });
  await publish.getByLabel("Dato (første gang)").fill(day);
  await publish.getByLabel("Klokkeslæt", { exact: true }).fill("03:00");
  await publish.getByRole("button", { name: /Udbyd/ }).click();
  await expect(publish.getByLabel("Klokkeslæt", { exact: true })).toHaveAccessibleDescription(
    "Tiden skal ligge inden for jobcentrets åbningstid (08:00–16:00)",
  );
  await expectAccessible(page);

  const when = formatDanishDateTime(slot.date, slot.time);
  const withdraw = page.getByRole("button", { name: `Træk tilbage (${when})` });
  await expect(withdraw).toBeVisible();
  await screenshot(page, "tid-traek-tilbage");
  await withdraw.click();
  await expect(withdraw).toHaveCount(0);
  await expect(page.getByRole("row", { name: when })).toHaveCount(0);
  await expectAccessible(page);

  // A weekly series goes in one step, from the chosen slot on (both weeks are inside the list's four weeks).
  const seriesStart = formatDanishDateTime(series[0]!.date, series[0]!.time);
  for (const s of series) await expect(page.getByRole("button", { name: `Træk tilbage (${formatDanishDateTime(s.date, s.time)})` })).toBeVisible();
  await page.getByRole("button", { name: `Træk serien tilbage (de ledige tider fra ${seriesStart})` }).click();
  for (const s of series) await expect(page.getByRole("button", { name: `Træk tilbage (${formatDanishDateTime(s.date, s.time)})` })).toHaveCount(0);
  await expectAccessible(page);
});

test('an a-kasse books both fællessamtaler of "2 senest efter 6 måneder", and the worklist\'s links follow what each deadline still needs', async ({
  page,
}) => {
  const akasse = await apiAs("medarbejder2@fagfaeller.akasse.example");
  const me = await query<Me>(akasse, "auth.me");
  await akasse.dispose();
  // Thirty days into dagpenge: the 3-month deadline (one fællessamtale) and the 6-month one (two) are both open.
  const s = await newCitizen("Sofus Seksmåneder", { ydelse: "dagpenge" }, 30, { akasseId: me.organisation!.id });
  // The run's Wednesday 11 March 2026; next week's Tuesday and Thursday.
  const [tuesday, thursday] = [addDays(E2E_TODAY, 6), addDays(E2E_TODAY, 8)];
  for (const date of [tuesday, thursday]) await mutate<SlotPublishResult>(s.api, "slots.publish", { date, time: "09:00", durationMinutes: 45 });
  const [first, second] = [formatDanishDateTime(tuesday, "09:00"), formatDanishDateTime(thursday, "09:00")];
  const link = (action: string, rule: keyof typeof JOINT_RULE_LABEL) =>
    page.getByRole("link", { name: `${action} for ${s.citizen.name}, ${JOINT_RULE_LABEL[rule].toLowerCase()}`, exact: true });
  const findMember = async () => {
    await page.getByRole("navigation", { name: "A-kasse" }).getByRole("link", { name: "Fællessamtaler" }).click();
    await page.getByRole("searchbox", { name: "Søg medlem" }).fill(s.citizen.name);
    await page.getByRole("searchbox", { name: "Søg medlem" }).press("Enter");
    await expect(page.getByRole("table").getByRole("rowheader").first()).toContainText(s.citizen.name);
  };
  const book = async (when: string) => {
    await page
      .getByRole("group", { name: "Ledige tider inden for vinduet" })
      .getByLabel(new RegExp(`^${when} – `))
      .check();
    await page.getByRole("button", { name: "Bekræft booking" }).click();
    await expect(page.getByText(`Fællessamtalen er booket ${when}.`)).toBeVisible();
  };

  await login(page, "medarbejder2@fagfaeller.akasse.example", "Fællessamtaler");
  await findMember();
  await link("Book tid", "joint-by-6-months").click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Fællessamtale for ${s.citizen.name}: ${JOINT_RULE_LABEL["joint-by-6-months"].toLowerCase()}` }),
  ).toBeVisible();
  await book(first);
  // One of two booked: the page shows the booking and still offers the second.
  await expect(page.getByText(`Booket: ${first}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bekræft booking" })).toBeVisible();

  // The booking covers the 3-month deadline (one needed), not yet the 6-month one (two needed).
  await findMember();
  await expect(link("Se booking", "joint-by-3-months")).toBeVisible();
  await expect(link("Book tid", "joint-by-6-months")).toBeVisible();
  await link("Book tid", "joint-by-6-months").click();
  await book(second);
  await expect(page.getByText(`Booket: ${first}`)).toBeVisible();
  await expect(page.getByText(`Booket: ${second}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bekræft booking" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "akasse-to-faellessamtaler-booket");

  await findMember();
  await expect(link("Se booking", "joint-by-3-months")).toBeVisible();
  await expect(link("Se booking", "joint-by-6-months")).toBeVisible();
  const stored = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(
    stored.meetings
      .filter((m) => m.kind === "faelles" && m.status === "planlagt")
      .map((m) => m.date)
      .sort(),
  ).toEqual([tuesday, thursday]);
  await s.api.dispose();
});
