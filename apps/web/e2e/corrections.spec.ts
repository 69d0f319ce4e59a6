/**
 * Correct and undo, with a trail: a meeting's outcome, a ydelsesskift within a day, a forløb's
 * dates; a new citizen and a new forløb. Every scenario builds its own citizen through the API
 * (Odense's sygedagpenge caseworker, whom no other spec uses), with dates relative to the server's today.
 */
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
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
