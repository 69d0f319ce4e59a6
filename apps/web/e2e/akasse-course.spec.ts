/**
 * The a-kasse's own contact course (RULES.md §8, from 2024): an a-kasse employee plans and records
 * the member's jobsamtale and sees the a-kasse's deadline met; the jobcentre sees the meeting
 * read-only and where it takes the course over. Each scenario builds its own member through the
 * API (Odense under the law in force for this file; Kystens A-kasse's second employee, whom no
 * other spec uses).
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { CitizenDetail, CitizenRecord, ForloebRecord, JointMember, Me } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime } from "@kontaktplan/ui";
import { E2E_NOW } from "./clock.js";
import { addDays, freshCpr } from "./jobcentre-citizens.js";
import { useKommuneRuleSet } from "./kommune-rule-set.js";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";

const ADMIN = "admin@odense.jobcenter.example";
const CASEWORKER = "sagsbehandler1@odense.jobcenter.example";
const AKASSE = "medarbejder2@kysten.akasse.example";
const FIRST_MEETING = "Første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende";
/** The first member registers 10 days before the run's 11 March 2026: month 4, the jobcentre's, begins 1 June. */
const HANDOVER = formatDanishDate("2026-06-01");

test.describe.configure({ timeout: 150_000 });
useKommuneRuleSet(ADMIN);

interface Member {
  citizen: CitizenRecord;
  forloeb: ForloebRecord;
  asOf: string;
}

/** A new member of the a-kasse in Odense, registered as a job seeker `daysAgo` days before the server's today. */
async function newMember(name: string, daysAgo: number): Promise<Member> {
  const akasse = await apiAs(AKASSE);
  const me = await query<Me>(akasse, "auth.me");
  await akasse.dispose();
  const api = await apiAs(CASEWORKER);
  const citizen = await mutate<CitizenRecord>(api, "citizen.create", { name, cpr: freshCpr(), akasseId: me.organisation!.id });
  const { asOf } = await query<CitizenDetail>(api, "citizen.get", { citizenId: citizen.id });
  const forloeb = await mutate<ForloebRecord>(api, "forloeb.create", { citizenId: citizen.id, ydelse: "dagpenge", start: addDays(asOf, -daysAgo) });
  await api.dispose();
  return { citizen, forloeb, asOf };
}

/** From the a-kasse's worklist (signed in) to the member's page, by the member's first deadline. */
async function openMember(page: Page, m: Member): Promise<void> {
  const own = page.getByRole("region", { name: "A-kassens egne jobsamtaler" });
  const rows = own.getByRole("row").filter({ hasText: m.citizen.name });
  // The first jobsamtale within 2 weeks, and 3 in the first 3 months.
  await expect(rows).toHaveCount(2);
  await rows
    .first()
    .getByRole("link", { name: `Se medlem ${m.citizen.name}, første jobsamtale i a-kassen senest 2 uger efter tilmelding som jobsøgende` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: m.citizen.name })).toBeVisible();
}

test("an a-kasse employee plans and records the member's jobsamtale and sees the a-kasse's deadline met", async ({ page, browser }) => {
  const m = await newMember("Karen Kystmedlem", 10);
  await login(page, AKASSE, "Fællessamtaler");
  await expect(page.getByRole("region", { name: "A-kassens egne jobsamtaler" }).getByRole("row").filter({ hasText: m.citizen.name })).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, "akasse-frister");

  await openMember(page, m);
  const course = page.getByRole("region", { name: "A-kassens egne jobsamtaler" });
  const first = course.locator("li.kp-obligation").filter({ hasText: FIRST_MEETING });
  await expect(first.getByRole("heading")).toHaveText(`Åben ${FIRST_MEETING}`);
  await expect(first).toContainText("Afholdt: 0 af 1");
  await expect(first).toContainText("Regler: LAB 2024 · Holdes af a-kassen");
  await expect(course).toContainText(`jobcentret overtager ${HANDOVER}`);
  await expectAccessible(page);
  await screenshot(page, "akasse-medlem");

  // Plan today at 08:00 (before the run's 09:30), by telephone.
  const when = formatDanishDateTime(m.asOf, "08:00");
  const plan = course.getByRole("form", { name: "Planlæg jobsamtale" });
  await plan.getByLabel("Dato").fill(m.asOf);
  await plan.getByLabel("Klokkeslæt").fill("08:00");
  await plan.getByLabel("Samtaleform").selectOption("telefon");
  await plan.getByRole("button", { name: "Planlæg jobsamtale" }).click();
  await expect(page.getByRole("status").filter({ hasText: "er planlagt" })).toHaveText(`Jobsamtalen ${when} er planlagt.`);
  await expect(first).toContainText("Afholdt: 0 af 1, planlagt: 1");

  await course.getByRole("button", { name: `Registrér som afholdt (${when})` }).click();
  const record = course.getByRole("form", { name: `Registrér jobsamtalen ${when} som afholdt` });
  await expect(record.getByLabel("Samtaleform")).toHaveValue("telefon");
  await expectAccessible(page);
  await screenshot(page, "akasse-medlem-registrer");
  await record.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "afholdt" })).toHaveText(`Jobsamtalen ${when} er registreret som afholdt.`);
  await expect(first.getByRole("heading")).toHaveText(`Opfyldt ${FIRST_MEETING}`);
  await expect(first).toContainText("Afholdt: 1 af 1");
  await expect(course.getByRole("row").filter({ hasText: when })).toContainText("Afholdt (telefon)");
  await expectAccessible(page);
  await screenshot(page, "akasse-medlem-afholdt");

  const api = await apiAs(AKASSE);
  const member = await query<JointMember>(api, "joint.member", { forloebId: m.forloeb.id });
  await api.dispose();
  expect(member.akasseObligations.find((o) => o.rule === "akasse-first-meeting")).toMatchObject({ status: "met", held: 1 });

  await jobcentreSees(browser, m, when);
});

/** The caseworker's citizen page: the a-kasse's meeting without actions, and the takeover on the timeline. */
async function jobcentreSees(browser: Browser, m: Member, when: string): Promise<void> {
  const context = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(E2E_NOW) });
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/${m.citizen.id}`);
  await expect(page.getByRole("heading", { level: 1, name: m.citizen.name })).toBeVisible();
  const row = page.getByRole("region", { name: "Samtaler" }).getByRole("row").filter({ hasText: when });
  await expect(row).toContainText("Jobsamtale i a-kassen");
  await expect(row).toContainText("Holdes og registreres af a-kassen");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("img", { name: /Tidslinje: Forløb på dagpenge/ })).toHaveAccessibleName(
    new RegExp(`Jobcentret overtager forløbet fra a-kassen ${HANDOVER}; indtil da holder a-kassen jobsamtalerne\\.`),
  );
  await expect(page.getByText("Lilla stiplet linje: her overtager jobcentret forløbet fra a-kassen")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger-akasse-jobsamtale");
  await context.close();
}

test("a no-show is corrected to held, and a held date ahead of today is refused on the field", async ({ page }) => {
  const m = await newMember("Kim Kystrettelse", 20);
  await login(page, AKASSE, "Fællessamtaler");
  await openMember(page, m);
  const course = page.getByRole("region", { name: "A-kassens egne jobsamtaler" });
  const day = addDays(m.asOf, -2);
  const when = formatDanishDateTime(day, "13:00");
  const plan = course.getByRole("form", { name: "Planlæg jobsamtale" });
  await plan.getByLabel("Dato").fill(day);
  await plan.getByLabel("Klokkeslæt").fill("13:00");
  await plan.getByRole("button", { name: "Planlæg jobsamtale" }).click();
  await expect(page.getByRole("status").filter({ hasText: "er planlagt" })).toHaveText(`Jobsamtalen ${when} er planlagt.`);

  await course.getByRole("button", { name: `Registrér udeblivelse (${when})` }).click();
  await course
    .getByRole("form", { name: `Registrér udeblivelse ${when}` })
    .getByRole("button", { name: "Bekræft udeblivelse" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "udeblevet" })).toHaveText(`Jobsamtalen ${when} er registreret som udeblevet.`);
  const three = course.locator("li.kp-obligation").filter({ hasText: "3 jobsamtaler i a-kassen i de første 3 måneder" });
  await expect(three).toContainText("Afholdt: 0 af 3");

  // The member did come, an hour later: corrected to held at 14:00, which must not lie ahead of today.
  await course.getByRole("button", { name: `Ret (${when})` }).click();
  const correct = course.getByRole("form", { name: `Ret samtalen ${when}` });
  await correct.getByLabel("Afholdt").check();
  await correct.getByLabel("Dato").fill(addDays(m.asOf, 3));
  await correct.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(correct.getByLabel("Dato")).toHaveAttribute("aria-invalid", "true");
  await expect(correct.getByLabel("Dato")).toHaveAccessibleDescription(
    /^En samtale kan først registreres som afholdt eller udeblevet, når den har fundet sted/,
  );
  await expectAccessible(page);
  await screenshot(page, "akasse-medlem-ret");
  await correct.getByLabel("Dato").fill(day);
  await correct.getByLabel("Klokkeslæt").fill("14:00");
  await correct.getByRole("button", { name: "Gem rettelsen" }).click();
  const corrected = formatDanishDateTime(day, "14:00");
  await expect(page.getByRole("status").filter({ hasText: "rettet" })).toHaveText(`Samtalen er rettet: afholdt ${corrected}.`);
  await expect(three).toContainText("Afholdt: 1 af 3");
  await expect(course.getByRole("row").filter({ hasText: corrected })).toContainText("Afholdt");
  await expectAccessible(page);
});
