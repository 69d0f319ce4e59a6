import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { JointBooking, JointDueList, JointProposal, MeetingRecord, SlotRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, formatDanishShortDate, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { addDays, FAGFAELLER, freshMember, jobcentreOf, mutate, saturdayAfter, type FreshMember } from "./akasse-data.js";
import { apiAs, expectAccessible, login, query, screenshot } from "./support.js";

/** Sign in as the a-kasse and open the member's page from the worklist, as a user would. */
async function openMember(page: Page, { row }: FreshMember): Promise<void> {
  await login(page, FAGFAELLER, "Fællessamtaler");
  await page.getByRole("link", { name: `Book tid for ${row.name}, ${JOINT_RULE_LABEL[row.rule].toLowerCase()}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Fællessamtale for ${row.name}: ${JOINT_RULE_LABEL[row.rule].toLowerCase()}` })).toBeVisible();
}

/** The value of one line in the member's facts ("Status", "CV-samtale", …). */
function fact(page: Page, term: string) {
  return page.locator(".facts dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

const outcome = (page: Page) => page.locator("main [tabindex='-1'][role]");

test("an a-kasse proposes three times for a deadline, and sees that deadline's proposals and the jobcentre's answers", async ({ page }) => {
  const fresh = await freshMember(3);
  const { row, asOf, member, slots } = fresh;
  // Days after today on which the jobcentre has published slots: days it is open.
  const openDays = [...new Set(slots.map((s) => s.date).filter((d) => d > asOf))];
  expect(openDays.length).toBeGreaterThanOrEqual(2);
  await openMember(page, fresh);

  // The server's schema, in the browser: empty fields are refused beside each field, in Danish.
  await page.getByRole("button", { name: "Send forslag til jobcentret" }).click();
  await expect(page.getByLabel("Dato for tidspunkt 1")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Datoen skal skrives som åååå-mm-dd, fx 2025-01-06")).toBeVisible();
  await expect(page.getByText("Klokkeslættet skal skrives som tt:mm, fx 09:30")).toBeVisible();
  await expect(page.getByLabel("Dato for tidspunkt 1")).toBeFocused();
  await expectAccessible(page);

  const times = [
    { date: openDays[0]!, time: "09:00" },
    // A Saturday inside the window: the jobcentre is closed, which the server says at this time's own field.
    { date: saturdayAfter(asOf), time: "10:30" },
    // After the window: refused too, at its own field.
    { date: addDays(row.to, 1), time: "13:00" },
  ];
  await page.getByRole("button", { name: "Tilføj et tidspunkt" }).click();
  await page.getByRole("button", { name: "Tilføj et tidspunkt" }).click();
  await expect(page.getByRole("button", { name: "Tilføj et tidspunkt" })).toHaveCount(0);
  for (const [i, t] of times.entries()) {
    await page.getByLabel(`Dato for tidspunkt ${i + 1}`).fill(t.date);
    await page.getByLabel(`Klokkeslæt for tidspunkt ${i + 1}`).fill(t.time);
  }
  await page.getByRole("button", { name: "Send forslag til jobcentret" }).click();
  await expect(outcome(page)).toHaveText("Forslaget kunne ikke sendes: Jobcentret holder lukket (Lørdag). Vælg en anden dag.");
  await expect(outcome(page)).toBeFocused();
  await expect(page.getByLabel("Dato for tidspunkt 2")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Dato for tidspunkt 1")).not.toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  times[1] = { date: openDays[1]!, time: "10:30" };
  await page.getByLabel("Dato for tidspunkt 2").fill(times[1].date);
  await page.getByRole("button", { name: "Send forslag til jobcentret" }).click();
  const windowMessage = `Tiden ligger uden for vinduet for fællessamtalen: den skal holdes mellem ${formatDanishShortDate(row.from)} og ${formatDanishShortDate(row.to)}`;
  await expect(outcome(page)).toHaveText(`Forslaget kunne ikke sendes: ${windowMessage}`);
  await expect(page.getByLabel("Dato for tidspunkt 3")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Dato for tidspunkt 2")).not.toHaveAttribute("aria-invalid", "true");

  times[2] = { date: openDays[2] ?? openDays[0]!, time: "14:00" };
  await page.getByLabel("Dato for tidspunkt 3").fill(times[2].date);
  await page.getByLabel("Klokkeslæt for tidspunkt 3").fill(times[2].time);
  await page.getByRole("button", { name: "Send forslag til jobcentret" }).click();
  await expect(outcome(page)).toHaveText("Forslaget med 3 tidspunkter er sendt til jobcentret.");
  const proposals = page.getByRole("table", {
    name: `Forslag til jobcentret for ${row.name} til fristen ${JOINT_RULE_LABEL[row.rule].toLowerCase()}, nyeste først`,
  });
  const pending = proposals.getByRole("row").filter({ hasText: "Afventer svar" });
  await expect(pending).toHaveCount(1);
  for (const t of times) await expect(pending).toContainText(formatDanishDateTime(t.date, t.time));
  // One unanswered proposal per deadline: the form gives way to a note until it is answered or taken back.
  await expect(page.getByRole("button", { name: "Send forslag til jobcentret" })).toHaveCount(0);
  await expect(page.getByText("Der er sendt et forslag til denne frist, som jobcentret endnu ikke har svaret på")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "akasse-forslag");

  // A pending proposal can be taken back, and the form is back.
  await pending.getByRole("button", { name: /^Træk forslaget tilbage/ }).click();
  await expect(outcome(page)).toHaveText("Forslaget er trukket tilbage.");
  await expect(proposals.getByRole("row").filter({ hasText: "Trukket tilbage" })).toContainText(formatDanishDateTime(times[0]!.date, times[0]!.time));
  await expect(page.getByRole("button", { name: "Send forslag til jobcentret" })).toBeVisible();

  // The jobcentre declines one proposal and accepts the next; a proposal for another deadline stays on that deadline's page.
  const akasse = await apiAs(FAGFAELLER);
  const target = { forloebId: row.forloebId, rule: row.rule, occurrence: row.occurrence };
  const toDecline = await mutate<JointProposal>(akasse, "joint.propose", { ...target, times: [{ date: openDays[0]!, time: "12:00" }] });
  const { api: jobcentre } = await jobcentreOf(row.citizenId);
  await mutate(jobcentre, "joint.decide", { proposalId: toDecline.id, decision: "decline", reason: "Sagsbehandleren holder ferie" });
  const toAccept = await mutate<JointProposal>(akasse, "joint.propose", { ...target, times: [{ date: openDays[1]!, time: "11:00" }] });
  await mutate(jobcentre, "joint.decide", { proposalId: toAccept.id, decision: "accept", timeIndex: 0 });
  await jobcentre.dispose();
  const other = member.obligations.find(
    (o) => (o.rule !== row.rule || o.occurrence !== row.occurrence) && o.status !== "met" && o.from <= openDays[0]! && openDays[0]! <= o.to,
  );
  if (!other) throw new Error(`The member of ${row.forloebId} has no other deadline open on ${openDays[0]}`);
  await mutate(akasse, "joint.propose", {
    forloebId: row.forloebId,
    rule: other.rule,
    occurrence: other.occurrence,
    times: [{ date: openDays[0]!, time: "15:15" }],
  });
  await akasse.dispose();

  await page.reload();
  await expect(proposals.getByRole("row").filter({ hasText: "Accepteret" })).toContainText(
    `Fællessamtalen er booket ${formatDanishDateTime(openDays[1]!, "11:00")}.`,
  );
  await expect(proposals.getByRole("row").filter({ hasText: "Afvist" })).toContainText("Afvist: Sagsbehandleren holder ferie");
  await expect(proposals.getByRole("row").filter({ hasText: "Trukket tilbage" })).toHaveCount(1);
  // The accepted time is now the booking of this deadline, and it takes no further booking or proposal.
  await expect(page.getByText(`Booket: ${formatDanishDateTime(openDays[1]!, "11:00")}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bekræft booking" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send forslag til jobcentret" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "akasse-forslag-besvaret");

  // The proposal for the other deadline is listed there, not here.
  const elsewhereTime = formatDanishDateTime(openDays[0]!, "15:15");
  await expect(page.getByText(elsewhereTime)).toHaveCount(0);
  await page.getByRole("link", { name: JOINT_RULE_LABEL[other.rule], exact: true }).click();
  const otherProposals = page.getByRole("table", {
    name: `Forslag til jobcentret for ${row.name} til fristen ${JOINT_RULE_LABEL[other.rule].toLowerCase()}, nyeste først`,
  });
  await expect(otherProposals.getByRole("row").filter({ hasText: "Afventer svar" })).toContainText(elsewhereTime);
  await expect(otherProposals.getByRole("row")).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, "akasse-forslag-anden-frist");
});

test("a second booking for a deadline is refused in the browser; after a cancellation, booking a slot withdraws the unanswered proposal", async ({ page }) => {
  const fresh = await freshMember(2);
  const { row, slots, asOf } = fresh;
  const [mine, theirs] = slots;
  const proposedDay = slots.find((s) => s.date > asOf)!.date;
  const label = (s: SlotRecord) => `${formatDanishDateTime(s.date, s.time)} – ${s.jobcenterName}`;
  await openMember(page, fresh);
  await page.getByRole("group", { name: "Ledige tider inden for vinduet" }).getByLabel(label(mine!)).check();

  // Meanwhile a colleague books the other slot for the same deadline.
  const colleague = await apiAs(FAGFAELLER);
  const target = { forloebId: row.forloebId, rule: row.rule, occurrence: row.occurrence };
  const booked = await mutate<JointBooking>(colleague, "joint.book", { ...target, slotId: theirs!.id });

  await page.getByRole("button", { name: "Bekræft booking" }).click();
  await expect(outcome(page)).toHaveText(
    "Tiden kunne ikke bookes: Der er allerede booket en fællessamtale til denne frist. Flyt eller aflys den, hvis den skal holdes på et andet tidspunkt.",
  );
  await expect(outcome(page)).toHaveAttribute("role", "alert");
  // The page now shows the colleague's booking and offers no second one; the chosen slot stays free.
  await expect(page.getByText(`Booket: ${formatDanishDateTime(theirs!.date, theirs!.time)}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bekræft booking" })).toHaveCount(0);
  const free = await query<SlotRecord[]>(colleague, "slots.list", { forloebId: row.forloebId, from: mine!.date, to: mine!.date });
  expect(free.map((s) => s.id)).toContain(mine!.id);
  await expectAccessible(page);
  await screenshot(page, "akasse-frist-allerede-booket");

  // Cancelled, the deadline is free again; a proposal for it is withdrawn when a slot is booked instead.
  await mutate(colleague, "joint.cancel", { meetingId: booked.meeting.id, reason: "Medlemmet er syg" });
  await mutate<JointProposal>(colleague, "joint.propose", { ...target, times: [{ date: proposedDay, time: "08:15" }] });
  await colleague.dispose();
  await page.reload();
  await expect(page.getByText("Booker du en af jobcentrets ledige tider, trækkes det ubesvarede forslag til denne frist tilbage.")).toBeVisible();
  await page.getByRole("group", { name: "Ledige tider inden for vinduet" }).getByLabel(label(mine!)).check();
  await page.getByRole("button", { name: "Bekræft booking" }).click();
  await expect(outcome(page)).toHaveText(
    `Fællessamtalen er booket ${formatDanishDateTime(mine!.date, mine!.time)}. Det ubesvarede forslag til denne frist er trukket tilbage.`,
  );
  const proposals = page.getByRole("table", {
    name: `Forslag til jobcentret for ${row.name} til fristen ${JOINT_RULE_LABEL[row.rule].toLowerCase()}, nyeste først`,
  });
  await expect(proposals.getByRole("row").filter({ hasText: "Trukket tilbage" })).toContainText(formatDanishDateTime(proposedDay, "08:15"));
  await expect(page.getByText(`Booket: ${formatDanishDateTime(mine!.date, mine!.time)}`)).toBeVisible();
  await expectAccessible(page);
});

test("an a-kasse reschedules and cancels a booking with a reason, and downloads it for the calendar", async ({ page }) => {
  const fresh = await freshMember(3);
  const { row, slots } = fresh;
  const akasse = await apiAs(FAGFAELLER);
  const [first, second] = slots;
  const { meeting } = await mutate<JointBooking>(akasse, "joint.book", {
    forloebId: row.forloebId,
    rule: row.rule,
    occurrence: row.occurrence,
    slotId: first!.id,
  });
  await akasse.dispose();

  await login(page, FAGFAELLER, "Fællessamtaler");
  await page.getByRole("link", { name: `Se booking for ${row.name}, ${JOINT_RULE_LABEL[row.rule].toLowerCase()}` }).click();
  await expect(page.getByText(`Booket: ${formatDanishDateTime(meeting.date, meeting.time)}`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "akasse-booket");

  // Without a new time and a reason, nothing is sent.
  await page.getByRole("button", { name: "Flyt fællessamtalen" }).click();
  await expect(page.getByText("Vælg en af de ledige tider")).toBeVisible();
  await expect(page.getByLabel("Begrundelse for flytningen")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Angiv en begrundelse")).toBeVisible();
  await expectAccessible(page);

  const newTime = formatDanishDateTime(second!.date, second!.time);
  await page.getByRole("group", { name: "Ny tid inden for vinduet" }).getByLabel(`${newTime} – ${second!.jobcenterName}`).check();
  await page.getByLabel("Begrundelse for flytningen").fill("Medlemmet skal til jobsamtale");
  await page.getByRole("button", { name: "Flyt fællessamtalen" }).click();
  await expect(outcome(page)).toHaveText(`Fællessamtalen er flyttet til ${newTime}.`);
  await expect(page.getByText(`Booket: ${newTime}`)).toBeVisible();
  // The first slot is free again, so it is offered to move to.
  await expect(
    page.getByRole("group", { name: "Ny tid inden for vinduet" }).getByLabel(`${formatDanishDateTime(first!.date, first!.time)} – ${first!.jobcenterName}`),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Hent fællessamtalen til din kalender (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`samtale-${second!.date}.ics`);
  const ics = readFileSync(await download.path(), "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`DTSTART;TZID=Europe/Copenhagen:${second!.date.replaceAll("-", "")}T${second!.time.replace(":", "")}00`);
  // The member's name (never a CPR number) tells the calendar's owner whose meeting it is.
  expect(ics).toContain(`SUMMARY:Fællessamtale med jobcenter og a-kasse: ${row.name}`);
  expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen");

  await page.getByLabel("Begrundelse for aflysningen").fill("Medlemmet er kommet i arbejde");
  await page.getByRole("button", { name: "Aflys fællessamtalen" }).click();
  await expect(outcome(page)).toHaveText(`Fællessamtalen ${newTime} er aflyst.`);
  await expect(page.getByText(/^Booket:/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Bekræft booking" })).toBeVisible();
  await expect(fact(page, "Status")).toHaveText("Åben");
  await expectAccessible(page);
  await screenshot(page, "akasse-aflyst");

  // The cancellation stays downloadable, so it reaches the calendar: the same event, cancelled, in a later version.
  const [cancellation] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `Hent aflysningen af ${newTime} til din kalender (.ics)` }).click(),
  ]);
  const cancelled = readFileSync(await cancellation.path(), "utf8");
  const field = (text: string, name: string) => new RegExp(`\r\n${name}:([^\r\n]*)`).exec(text)?.[1];
  expect(cancelled).toContain("STATUS:CANCELLED");
  expect(field(ics, "STATUS")).toBe("CONFIRMED");
  expect(field(cancelled, "UID")).toBe(field(ics, "UID"));
  expect(Number(field(cancelled, "SEQUENCE"))).toBeGreaterThan(Number(field(ics, "SEQUENCE")));
  expect(cancelled).toContain(`DTSTART;TZID=Europe/Copenhagen:${second!.date.replaceAll("-", "")}T${second!.time.replace(":", "")}00`);

  // The jobcentre sees the cancellation and its reason.
  const { api: jobcentre, detail } = await jobcentreOf(row.citizenId);
  await jobcentre.dispose();
  expect(detail.meetings.find((m: MeetingRecord) => m.id === meeting.id)).toMatchObject({ status: "aflyst", cancelReason: "Medlemmet er kommet i arbejde" });
});

test("an a-kasse records a CV-samtale and the member's opt-out, and the deadline turns met as the rules say", async ({ page }) => {
  // One more held meeting must meet the deadline, so a single individual meeting shows the rule at work.
  const fresh = await freshMember(1, (r) => r.required - r.held === 1);
  const { row, asOf, member } = fresh;
  // The jobcentre held an individual meeting inside the window: it counts once the member opts out.
  const { api: jobcentre } = await jobcentreOf(row.citizenId);
  const heldOn = row.from < asOf ? addDays(asOf, -1) : asOf;
  const individual = await mutate<MeetingRecord>(jobcentre, "meeting.plan", { forloebId: row.forloebId, date: heldOn, time: "09:00", kind: "individuel" });
  await mutate(jobcentre, "meeting.record", { meetingId: individual.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
  await jobcentre.dispose();

  await openMember(page, fresh);
  await expect(fact(page, "Status")).toHaveText("Åben");

  const cvDate = page.getByLabel("Dato for CV-samtalen");
  await cvDate.fill(addDays(asOf, 1));
  await page.getByRole("button", { name: "Registrér CV-samtale" }).click();
  await expect(outcome(page)).toHaveText("CV-samtalen kunne ikke registreres: En CV-samtale kan først registreres, når den er holdt");
  await expect(cvDate).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  const cvOn = addDays(member.start, 3) <= asOf ? addDays(member.start, 3) : asOf;
  await cvDate.fill(cvOn);
  await page.getByRole("button", { name: "Registrér CV-samtale" }).click();
  await expect(outcome(page)).toHaveText(`CV-samtalen ${formatDanishShortDate(cvOn)} er registreret.`);
  await expect(fact(page, "CV-samtale")).toContainText(formatDanishShortDate(cvOn));

  const optOut = page.getByRole("button", { name: "Registrér, at medlemmet har frabedt sig a-kassens deltagelse" });
  await expect(fact(page, "A-kassens deltagelse")).toHaveText("A-kassen deltager");
  await optOut.click();
  await expect(outcome(page)).toHaveText("Det er registreret, at medlemmet har frabedt sig a-kassens deltagelse.");
  await expect(fact(page, "A-kassens deltagelse")).toHaveText("Frabedt af medlemmet");
  await expect(fact(page, "Status")).toHaveText("Opfyldt");
  await expect(page.getByText("Fællessamtalen for denne frist er holdt, så der skal ikke bookes flere.")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "akasse-fravalgt");

  // Undone, the deadline is open again; opted out once more, it is met and leaves the worklist.
  await page.getByRole("button", { name: "Fortryd: a-kassen deltager igen" }).click();
  await expect(outcome(page)).toHaveText("Det er registreret, at a-kassen igen deltager i fællessamtalerne.");
  await expect(fact(page, "Status")).toHaveText("Åben");
  await optOut.click();
  await expect(fact(page, "Status")).toHaveText("Opfyldt");
  await page.getByRole("link", { name: "Tilbage til fællessamtaler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fællessamtaler" })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  const akasse = await apiAs(FAGFAELLER);
  const stillDue = (await query<JointDueList>(akasse, "joint.due")).rows.filter((r) => r.forloebId === row.forloebId).map((r) => r.rule);
  await akasse.dispose();
  expect(stillDue).not.toContain(row.rule);
  const memberLinks = page.getByRole("link", { name: new RegExp(` for ${row.name}, `) });
  await expect(memberLinks).toHaveCount(stillDue.length);
  for (const rule of stillDue) await expect(memberLinks.filter({ hasText: JOINT_RULE_LABEL[rule].toLowerCase() })).toHaveCount(1);
});

test("a booking outside the window is refused in the browser with a clear Danish message", async ({ page }) => {
  const fresh = await freshMember(2);
  const { row, slots } = fresh;
  const last = slots[slots.length - 1]!;
  await openMember(page, fresh);
  await page
    .getByRole("group", { name: "Ledige tider inden for vinduet" })
    .getByLabel(`${formatDanishDateTime(last.date, last.time)} – ${last.jobcenterName}`)
    .check();

  // Meanwhile the jobcentre ends the member's forløb before that slot: it no longer lies in the window.
  const end = slots[0]!.date;
  expect(end < last.date).toBe(true);
  const { api: jobcentre, detail } = await jobcentreOf(row.citizenId);
  const forloeb = detail.forloeb.find((f) => f.id === row.forloebId)!;
  await mutate(jobcentre, "forloeb.update", { forloebId: forloeb.id, version: forloeb.version, end });
  await jobcentre.dispose();

  await page.getByRole("button", { name: "Bekræft booking" }).click();
  await expect(outcome(page)).toHaveText(
    `Tiden kunne ikke bookes: Tiden ligger uden for vinduet for fællessamtalen: den skal holdes mellem ${formatDanishShortDate(row.from)} og ${formatDanishShortDate(end)}`,
  );
  await expect(outcome(page)).toHaveAttribute("role", "alert");
  // The page now shows the forløb's end, and the slot is no longer offered.
  await expect(fact(page, "Dagpengeforløb")).toContainText(`til ${formatDanishShortDate(end)}`);
  await expect(page.getByLabel(`${formatDanishDateTime(last.date, last.time)} – ${last.jobcenterName}`)).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "akasse-uden-for-vinduet");
});
