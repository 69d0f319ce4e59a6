/**
 * Correct and undo, with a trail: a meeting's outcome, a ydelsesskift within a day, a forløb's
 * dates; a new citizen and a new forløb. Every scenario builds its own citizen through the API
 * (Odense's sygedagpenge caseworker, whom no other spec uses), with dates relative to the server's today.
 */
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime } from "@kontaktplan/ui";
import { addDays } from "./jobcentre-citizens.js";
import { newCitizen, openCitizen } from "./scenario.js";
import { expectAccessible, mutate, query, screenshot } from "./support.js";

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
  await expect(meetings.getByRole("status")).toHaveText(`Samtalen ${when} er rettet.`);
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
  await expect(section.getByRole("status").first()).toHaveText(`Ydelsesskiftet er fortrudt: forløbet på uddannelseshjælp fra ${formatDanishDate(s.asOf)} er slettet.`);
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
