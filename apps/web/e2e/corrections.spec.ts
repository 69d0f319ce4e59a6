/**
 * Correct and undo, with a trail: a meeting's outcome, a ydelsesskift within a day, a forløb's
 * dates, a pause's days and reason; a new citizen and a new forløb. Every scenario builds its own citizen through the API
 * (Odense's sygedagpenge caseworker, whom no other spec uses), with dates relative to the server's today.
 */
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime } from "@kontaktplan/ui";
import { addDays } from "./jobcentre-citizens.js";
import { E2E_TODAY } from "./clock.js";
import { freshCpr } from "./jobcentre-citizens.js";
import { newCitizen, openCitizen } from "./scenario.js";
import { baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@odense.jobcenter.example";

// Each scenario walks a whole correction with several axe scans and full-page screenshots.
test.describe.configure({ timeout: 120_000 });

test("a held meeting is corrected to no-show only with a reason, and a no-show back to held", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Karen Korrektur", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 30);
  const planned = await mutate<MeetingRecord>(s.api, "meeting.plan", { forloebId: s.forloeb.id, date: addDays(s.asOf, -2), time: "10:00", kind: "individuel" });
  await mutate<MeetingRecord>(s.api, "meeting.record", { meetingId: planned.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
  const when = formatDanishDateTime(planned.date, planned.time);
  await openCitizen(page, s);
  const meetings = page.getByRole("region", { name: "Samtaler" });
  const row = meetings.getByRole("row", { name: new RegExp(`^${when}`) });
  await expect(row).toContainText("Afholdt");

  await row.getByRole("button", { name: `Ret udfald (${when})` }).click();
  const form = meetings.getByRole("form", { name: "Ret samtalens udfald" });
  await form.getByLabel("Udeblevet: borgeren mødte ikke op").check();
  await form.getByRole("button", { name: "Gem rettelsen" }).click();
  const reason = form.getByLabel(/^Begrundelse/);
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription("Angiv en begrundelse: en afholdt samtale kan kun ændres bagefter med en begrundelse");
  await expectAccessible(page);
  await screenshot(page, "samtale-ret-udfald-begrundelse");

  await reason.fill("Registreret på den forkerte dag; borgeren kom ikke");
  await form.getByRole("button", { name: "Gem rettelsen" }).click();
  // The referat's own (hidden) status sits in the table too: the correction's is the one that says so.
  await expect(meetings.getByRole("status").filter({ hasText: "er rettet" })).toHaveText(`Samtalen ${when} er rettet.`);
  await expect(row).toContainText("Udeblevet");
  await expectAccessible(page);
  await screenshot(page, "samtale-rettet");

  // Missed → held needs no reason, but the participants.
  await row.getByRole("button", { name: `Ret udfald (${when})` }).click();
  await form.getByLabel("Afholdt", { exact: true }).check();
  await form.getByRole("group", { name: "Deltagere" }).getByLabel("Borgeren").uncheck();
  await form.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(form.getByRole("group", { name: "Deltagere" })).toContainText("En afholdt samtale kræver, at borgeren deltog.");
  await form.getByRole("group", { name: "Deltagere" }).getByLabel("Borgeren").check();
  await form.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(row).toContainText("Afholdt");
  const stored = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(stored.meetings.find((m) => m.id === planned.id)).toMatchObject({ status: "afholdt", version: 4 });
  await s.api.dispose();
});

test("a ydelsesskift registered by mistake is undone the same day, once nothing is recorded on the new forløb", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Ulla Ydelsesskift", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 60);
  await openCitizen(page, s);
  const section = page.getByRole("region", { name: "Registrér ydelsesskift" });
  await section.getByLabel("Ny ydelse").selectOption({ label: "Uddannelseshjælp" });
  await section.getByLabel("Visitationskategori").selectOption({ label: "Uddannelsesparat" });
  await section.getByRole("button", { name: "Registrér ydelsesskift" }).click();
  await expect(section.getByText("Ydelsesskiftet er registreret: et nyt forløb er oprettet.")).toBeVisible();
  const started = page.getByRole("region", { name: `Forløb på uddannelseshjælp fra ${formatDanishDate(s.asOf)}` });
  await expect(started).toBeVisible();

  // A request registered on the new forløb meanwhile blocks the undo, and the refusal says so.
  const detail = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  const request = await mutate<{ id: string }>(s.api, "request.register", { forloebId: detail.forloeb.at(-1)!.id, date: s.asOf, by: "borger" });
  await section.getByRole("button", { name: "Fortryd ydelsesskiftet" }).click();
  await section.getByRole("button", { name: "Bekræft: fortryd ydelsesskiftet" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "Ydelsesskiftet kan ikke fortrydes, fordi der er registreret 1 anmodning om samtale på det nye forløb. Fjern dem først, eller ret i stedet forløbenes datoer.",
  );
  await expectAccessible(page);
  await screenshot(page, "ydelsesskift-fortryd-afvist");

  await mutate(s.api, "request.remove", { requestId: request.id });
  await section.getByRole("button", { name: "Bekræft: fortryd ydelsesskiftet" }).click();
  await expect(section.getByRole("status")).toHaveText(`Ydelsesskiftet er fortrudt: forløbet på uddannelseshjælp fra ${formatDanishDate(s.asOf)} er slettet.`);
  await expect(started).toHaveCount(0);
  // The old forløb runs on, without the end the ydelsesskift gave it.
  await expect(page.getByRole("region", { name: `Forløb på kontanthjælp fra ${formatDanishDate(s.forloeb.start)}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Handlinger for forløbet på kontanthjælp/ })).toBeVisible();
  await expect(section.getByRole("button", { name: "Fortryd ydelsesskiftet" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "ydelsesskift-fortrudt");
  const after = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(after.forloeb.map((f) => [f.ydelse, f.end ?? null])).toEqual([["kontanthjaelp", null]]);
  await s.api.dispose();
});

test("a caseworker creates a new citizen with the first forløb; the CPR number is checked on the field", async ({ page }) => {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.getByRole("link", { name: "Opret ny borger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny borger" })).toBeVisible();
  const cpr = page.getByLabel("CPR-nummer");
  await page.getByLabel("Navn").fill("Nikolaj Nyborg");
  await cpr.fill("310299-1234");
  await page.getByRole("button", { name: "Opret borgeren" }).click();
  await expect(cpr).toHaveAccessibleDescription("CPR-nummerets første seks cifre skal være borgerens fødselsdato (ddmmåå), og den dato findes ikke");
  await expect(page.getByLabel("Ydelse", { exact: true })).toHaveAccessibleDescription("Feltet skal udfyldes");
  await expectAccessible(page);
  await screenshot(page, "ny-borger-fejl");

  const number = freshCpr();
  const typed = `${number.slice(0, 6)}-${number.slice(6)}`;
  await cpr.fill(typed);
  await page.getByLabel("Ydelse", { exact: true }).selectOption({ label: "Kontanthjælp" });
  await page.getByLabel("Visitationskategori").selectOption({ label: "Jobparat" });
  await page.getByRole("button", { name: "Opret borgeren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nikolaj Nyborg" })).toBeVisible();
  await expect(page.getByRole("region", { name: `Forløb på kontanthjælp fra ${formatDanishDate(E2E_TODAY)}` })).toBeVisible();
  await expect(page.getByText(`CPR ${number.slice(0, 6)}-xxxx`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "ny-borger-oprettet");

  // The same person cannot be created twice: the server says so at the field.
  await page.goto(`${baseUrl()}/#/ny-borger`);
  await page.getByLabel("Navn").fill("Nikolaj Nyborg");
  await cpr.fill(typed);
  await page.getByLabel("Ydelse", { exact: true }).selectOption({ label: "Fleksjob" });
  await page.getByRole("button", { name: "Opret borgeren" }).click();
  await expect(cpr).toHaveAccessibleDescription("Der findes allerede en borger med dette CPR-nummer");
});

test("an ended forløb leads on to a new forløb, and a forløb's dates are corrected within the overlap rule", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Erik Efterløb", { ydelse: "kontanthjaelp", visitation: "aktivitetsparat" }, 90);
  const ended = addDays(s.asOf, -10);
  await mutate(s.api, "forloeb.update", { forloebId: s.forloeb.id, version: s.forloeb.version, end: ended });
  await openCitizen(page, s);

  const create = page.getByRole("region", { name: "Opret nyt forløb" });
  await expect(create).toContainText(`Forløbet på kontanthjælp slutter ${formatDanishDate(ended)}.`);
  await create.getByLabel("Ydelse", { exact: true }).selectOption({ label: "Sygedagpenge" });
  await create.getByRole("button", { name: "Opret forløbet" }).click();
  await expect(create.getByRole("group", { name: "Forventes sygefraværet at vare over 8 uger?" })).toContainText("Sygedagpenge kræver oplysning");
  await create.getByLabel("Ja").check();
  await create.getByRole("button", { name: "Opret forløbet" }).click();
  // The new forløb runs: its actions replace the offer of a new one.
  await expect(create).toHaveCount(0);
  await expect(page.getByRole("region", { name: `Forløb på sygedagpenge fra ${formatDanishDate(s.asOf)}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Handlinger for forløbet på sygedagpenge/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "nyt-forloeb");

  const dates = page.getByRole("region", { name: "Forløbenes datoer" });
  const title = `forløbet på kontanthjælp fra ${formatDanishDate(s.forloeb.start)}`;
  await dates.getByRole("button", { name: `Ret datoer for ${title}` }).click();
  const edit = dates.getByRole("form", { name: `Ret datoer for ${title}` });
  const end = edit.getByLabel("Slutdato (tom: ingen slutdato)");
  await end.fill(s.asOf);
  await edit.getByRole("button", { name: "Gem datoerne" }).click();
  await expect(end).toHaveAccessibleDescription("Forløbet overlapper et andet forløb for samme borger; et forløb skal starte efter det forriges slutdato");
  await expectAccessible(page);
  await screenshot(page, "forloeb-datoer-overlap");

  const corrected = addDays(s.asOf, -5);
  await end.fill(corrected);
  await edit.getByRole("button", { name: "Gem datoerne" }).click();
  await expect(dates.getByRole("row", { name: /^kontanthjælp/ })).toContainText(formatDanishDate(corrected));
  await expect(
    page.getByRole("region", { name: `Forløb på kontanthjælp fra ${formatDanishDate(s.forloeb.start)} til ${formatDanishDate(corrected)}` }),
  ).toBeVisible();
  await s.api.dispose();
});

test("planning a second samtale at the very time of another warns first, and plans both when told to", async ({ page }) => {
  const first = await newCitizen(CASEWORKER, "Tove Tidspunkt", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 20);
  const s = await newCitizen(CASEWORKER, "Tage Tidspunkt", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 20);
  const day = addDays(s.asOf, 7);
  await mutate(first.api, "meeting.plan", { forloebId: first.forloeb.id, date: day, time: "13:40", kind: "individuel" });
  await openCitizen(page, s);
  const plan = page.getByRole("region", { name: "Planlæg samtale" });
  await plan.getByLabel("Dato").fill(day);
  await plan.getByLabel("Klokkeslæt").fill("13:40");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("alert")).toContainText(`Du har allerede en samtale planlagt ${formatDanishDateTime(day, "13:40")}.`);
  await expect(page.getByRole("region", { name: "Samtaler" })).toContainText("Borgeren har ingen samtaler endnu.");
  await expectAccessible(page);
  await screenshot(page, "samtale-samme-tidspunkt");

  await plan.getByLabel("Planlæg alligevel på samme tidspunkt").check();
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("status")).toHaveText("Samtalen er planlagt.");
  await expect(plan.getByRole("alert")).toHaveCount(0);
  await first.api.dispose();
  await s.api.dispose();
});

test("a pause's days and reason are corrected, and a pause that ends before it starts is refused on the field", async ({ page }) => {
  const s = await newCitizen(CASEWORKER, "Palle Pause", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 60);
  const [from, to] = [addDays(s.asOf, -20), addDays(s.asOf, -16)];
  await mutate(s.api, "forloeb.addPause", { forloebId: s.forloeb.id, from, to, reason: "Arbejde" });
  await openCitizen(page, s);
  const pauses = page.getByRole("region", { name: "Pauser" });
  const period = (a: string, b: string) => `${formatDanishDate(a)} – ${formatDanishDate(b)}`;
  await pauses.getByRole("button", { name: `Ret pausen ${period(from, to)}` }).click();
  const edit = pauses.getByRole("form", { name: `Ret pausen ${period(from, to)}` });
  await expect(edit.getByLabel("Første dag i pausen")).toHaveValue(from);
  await expect(edit.getByLabel("Begrundelse (valgfri)")).toHaveValue("Arbejde");

  await edit.getByLabel("Sidste dag i pausen").fill(addDays(from, -1));
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(edit.getByLabel("Sidste dag i pausen")).toHaveAccessibleDescription("Pausens slutdato ligger før dens startdato");
  await expectAccessible(page);
  await screenshot(page, "pause-ret-fejl");

  const corrected = addDays(s.asOf, -11);
  await edit.getByLabel("Sidste dag i pausen").fill(corrected);
  await edit.getByLabel("Begrundelse (valgfri)").fill("Arbejde i ti dage");
  await edit.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(pauses.getByRole("row", { name: new RegExp(`^${period(from, corrected)} 10 Arbejde i ti dage`) })).toBeVisible();
  await expect(pauses.getByRole("row", { name: new RegExp(`^${period(from, to)}`) })).toHaveCount(0);
  const stored = await query<CitizenDetail>(s.api, "citizen.get", { citizenId: s.citizen.id });
  expect(stored.forloeb[0]!.pauses).toEqual([expect.objectContaining({ from, to: corrected, reason: "Arbejde i ti dage" })]);
  await expectAccessible(page);
  await screenshot(page, "pause-rettet");
  await s.api.dispose();
});
