import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.js";
import type { Obligation } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime, formatDanishShortDate, ruleTitle } from "@kontaktplan/ui";
import { baseUrl, expectAccessible, login, screenshot } from "./support.js";
import { addDays, obligationsOf, takeCitizen } from "./jobcentre-citizens.js";

/** Odense's kontanthjælp team: citizens no other scenario uses. */
const CASEWORKER = "sagsbehandler2@odense.jobcenter.example";

async function openCitizen(page: Page, citizenId: string, name: string): Promise<void> {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/${citizenId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The obligation's entry in the list, found by its title and window as the page shows them. */
function obligationItem(scope: Page | Locator, o: Pick<Obligation, "explanation" | "from" | "to">): Locator {
  return scope
    .getByRole("listitem")
    .filter({ hasText: ruleTitle(o.explanation) })
    .filter({ hasText: `Vindue: ${formatDanishShortDate(o.from)} – ${formatDanishShortDate(o.to)}` });
}

/** "Afholdt: 2 af 4, planlagt: 1." as ObligationList writes it. */
function progress(held: number, required: number, planned: number): string {
  return `Afholdt: ${held} af ${required}${planned > 0 ? `, planlagt: ${planned}` : ""}.`;
}

const countsToday = (o: Obligation, asOf: string) => o.status === "open" && o.kinds.includes("individuel") && o.from <= asOf && asOf <= o.to;

test("cancelling a planned meeting needs a reason, and the obligation no longer counts on it", async ({ page }) => {
  const { detail, current } = await takeCitizen(CASEWORKER, "a coming planned meeting an open obligation counts on", ({ detail, current }) =>
    detail.meetings.some(
      (m) =>
        m.forloebId === current.id &&
        m.status === "planlagt" &&
        m.date > detail.asOf &&
        obligationsOf(detail, current.id).some((o) => o.plannedBy.includes(m.id)),
    ),
  );
  const meeting = detail.meetings.find(
    (m) =>
      m.forloebId === current.id &&
      m.status === "planlagt" &&
      m.date > detail.asOf &&
      obligationsOf(detail, current.id).some((o) => o.plannedBy.includes(m.id)),
  )!;
  const obligation = obligationsOf(detail, current.id).find((o) => o.plannedBy.includes(meeting.id))!;
  const when = formatDanishDateTime(meeting.date, meeting.time);

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  const item = obligationItem(page, obligation);
  await expect(item).toContainText(progress(obligation.held, obligation.required, obligation.plannedBy.length));

  await page.getByRole("button", { name: `Aflys (${when})` }).click();
  const form = page.getByRole("form", { name: "Aflys samtalen" });
  await expect(form.getByLabel("Begrundelse for aflysning")).toBeFocused();
  await form.getByRole("button", { name: "Aflys samtalen" }).click();
  await expect(form.getByText("Angiv en begrundelse")).toBeVisible();
  await expect(form.getByLabel("Begrundelse for aflysning")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await screenshot(page, "borger-aflys-fejl");

  await form.getByLabel("Begrundelse for aflysning").fill("Borgeren er syg");
  await form.getByRole("button", { name: "Aflys samtalen" }).click();
  await expect(page.getByText(`Samtalen ${when} er aflyst.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: when })).toContainText("Aflyst (Borgeren er syg)");
  await expect(item).toContainText(progress(obligation.held, obligation.required, obligation.plannedBy.length - 1));
  await expect(
    page.locator("svg title").filter({ hasText: `Aflyst ${meeting.kind === "faelles" ? "fællessamtale" : "individuel samtale"} ${when}` }),
  ).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, "borger-aflyst");
});

test("a planned meeting marked as no-show counts toward nothing", async ({ page }) => {
  const { detail, current } = await takeCitizen(CASEWORKER, "an open obligation a meeting today would count toward", ({ detail, current }) =>
    obligationsOf(detail, current.id).some((o) => countsToday(o, detail.asOf)),
  );
  const obligation = obligationsOf(detail, current.id).find((o) => countsToday(o, detail.asOf))!;
  const when = formatDanishDateTime(detail.asOf, "11:35");

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  const item = obligationItem(page, obligation);
  const plan = page.getByRole("region", { name: "Planlæg samtale" });
  await plan.getByLabel("Klokkeslæt").fill("11:35");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("status")).toHaveText("Samtalen er planlagt.");
  await expect(item).toContainText(progress(obligation.held, obligation.required, obligation.plannedBy.length + 1));

  await page.getByRole("button", { name: `Registrér udeblivelse (${when})` }).click();
  const form = page.getByRole("form", { name: "Registrér udeblivelse" });
  await expect(form).toContainText("Samtalen tæller ikke med i samtalekravene.");
  await expectAccessible(page);
  await form.getByRole("button", { name: "Bekræft udeblivelse" }).click();
  await expect(page.getByText(`Samtalen ${when} er registreret som udeblevet.`)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: when })).toContainText("Udeblevet");
  // Neither held nor planned any more: the obligation stands as it did before the meeting was planned.
  await expect(item).toContainText(progress(obligation.held, obligation.required, obligation.plannedBy.length));
  await expect(item.getByRole("heading")).toContainText("Åben");
  await expect(page.locator("svg title").filter({ hasText: `Udeblevet individuel samtale ${when}` })).toHaveCount(1);
  await expectAccessible(page);
  await screenshot(page, "borger-udeblevet");
});

test("a registered request becomes an obligation with the request's deadline", async ({ page }) => {
  const { detail } = await takeCitizen(
    CASEWORKER,
    "an ongoing forløb under the rules",
    ({ detail, current }) =>
      current.end == null &&
      !detail.evaluation.warnings.some((w) => w.forloebId === current.id && w.code === "not-covered") &&
      !detail.requests.some((r) => r.date === detail.asOf),
  );
  const deadline = addDays(detail.asOf, 14);

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  const form = page.getByRole("region", { name: "Registrér anmodning om samtale" });
  await form.getByRole("button", { name: "Registrér anmodning" }).click();
  await expect(form.getByRole("group", { name: "Hvem bad om samtalen?" })).toContainText("Feltet skal udfyldes");
  await expectAccessible(page);

  await form.getByLabel("Borgeren").check();
  await form.getByRole("button", { name: "Registrér anmodning" }).click();
  await expect(form.getByRole("status")).toHaveText("Anmodningen er registreret.");
  const item = obligationItem(page, {
    explanation: `Samtale efter ønske – borgerens anmodning af ${formatDanishShortDate(detail.asOf)}:`,
    from: detail.asOf,
    to: deadline,
  });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading")).toContainText("Åben");
  await expect(item).toContainText(`frist ${formatDanishShortDate(deadline)}`);
  await expectAccessible(page);
  await screenshot(page, "borger-anmodning");
});

test("a pause moves the deadlines measured on the benefit clock by its days", async ({ page }) => {
  const fourInSix = (o: Obligation) => o.rule === "four-in-six-months" && o.status === "open";
  const { detail, current } = await takeCitizen(
    CASEWORKER,
    "an open four-in-six-months obligation, no pauses, started at least 10 days ago",
    ({ detail, current }) => current.pauses.length === 0 && current.start <= addDays(detail.asOf, -10) && obligationsOf(detail, current.id).some(fourInSix),
  );
  const obligation = obligationsOf(detail, current.id).find(fourInSix)!;
  const [from, to] = [addDays(detail.asOf, -9), addDays(detail.asOf, -5)];

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  await expect(obligationItem(page, obligation)).toHaveCount(1);
  const form = page.getByRole("region", { name: "Registrér pause" });
  await form.getByLabel("Første dag i pausen").fill(to);
  await form.getByLabel("Sidste dag i pausen").fill(from);
  await form.getByRole("button", { name: "Registrér pause" }).click();
  await expect(form.getByText("Pausens slutdato ligger før dens startdato")).toBeVisible();
  await expectAccessible(page);

  await form.getByLabel("Første dag i pausen").fill(from);
  await form.getByLabel("Sidste dag i pausen").fill(to);
  await form.getByLabel("Begrundelse (valgfri)").fill("Arbejde i fem dage");
  await form.getByRole("button", { name: "Registrér pause" }).click();
  await expect(form.getByRole("status")).toHaveText("Pausen er registreret.");
  // Five pause days: the end of the first six months moves five days later (RULES.md §2.4).
  await expect(obligationItem(page, { ...obligation, to: addDays(obligation.to, 5) })).toHaveCount(1);
  await expect(obligationItem(page, obligation)).toHaveCount(0);
  const pause = `Pause ${formatDanishShortDate(from)} – ${formatDanishShortDate(to)}`;
  await expect(page.locator("svg title").filter({ hasText: pause })).toHaveCount(1);
  await expect(page.getByRole("img", { name: /Tidslinje: Forløb på/ }).first()).toHaveAccessibleName(new RegExp(`${pause}\\.`));
  await expectAccessible(page);
  await screenshot(page, "borger-pause");

  // Listed with its days and reason, and removed again when it was registered by mistake.
  const period = `${formatDanishDate(from)} – ${formatDanishDate(to)}`;
  const pauses = page.getByRole("region", { name: "Pauser" });
  await expect(pauses.getByRole("row", { name: new RegExp(`${period} 5 Arbejde i fem dage`) })).toHaveCount(1);
  await pauses.getByRole("button", { name: `Fjern pausen ${period}` }).click();
  await expect(pauses.getByText("Frister, der regnes i ydelsesperiode, rykker 5 dage tilbage.")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger-pause-fjern");
  await pauses.getByRole("button", { name: "Bekræft: fjern pausen" }).click();
  await expect(pauses.getByText("Der er ikke registreret pauser i forløbet.")).toBeVisible();
  await expect(obligationItem(page, obligation)).toHaveCount(1);
});

test("a benefit change ends the forløb the day before and starts the next, and the old obligations lapse", async ({ page }) => {
  const { detail, current } = await takeCitizen(
    CASEWORKER,
    "an ongoing kontanthjælp forløb with an open obligation",
    ({ detail, current }) =>
      current.ydelse === "kontanthjaelp" &&
      current.end == null &&
      current.start < detail.asOf &&
      obligationsOf(detail, current.id).some((o) => o.status === "open" && o.to >= detail.asOf),
  );
  const yesterday = addDays(detail.asOf, -1);

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  const form = page.getByRole("region", { name: "Registrér ydelsesskift" });
  await form.getByLabel("Ny ydelse").selectOption({ label: "Uddannelseshjælp" });
  await form.getByRole("button", { name: "Registrér ydelsesskift" }).click();
  await expect(form.getByLabel("Visitationskategori")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/^Visitationskategori mangler/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger-ydelsesskift-fejl");

  await form.getByLabel("Visitationskategori").selectOption({ label: "Uddannelsesparat" });
  await form.getByRole("button", { name: "Registrér ydelsesskift" }).click();
  await expect(form.getByRole("status")).toHaveText("Ydelsesskiftet er registreret: et nyt forløb er oprettet.");

  const started = page.getByRole("region", { name: `Forløb på uddannelseshjælp fra ${formatDanishDate(detail.asOf)}` });
  const ended = page.getByRole("region", { name: `Forløb på kontanthjælp fra ${formatDanishDate(current.start)} til ${formatDanishDate(yesterday)}` });
  await expect(started).toBeVisible();
  await expect(ended).toBeVisible();
  // The new forløb's first meeting is due within a week (Tabel 2); the old one's unmet obligations lapse (RULES.md §2.5).
  await expect(
    obligationItem(started, {
      explanation: "Første samtale inden for 1 uge fra første henvendelse:",
      from: detail.asOf,
      to: addDays(detail.asOf, 7),
    }).getByRole("heading"),
  ).toContainText("Åben");
  const oldStatuses = await ended.locator(".kp-status").allTextContents();
  expect(oldStatuses).toContain("Bortfaldet");
  expect(oldStatuses.filter((s) => s === "Åben" || s === "Kommende")).toEqual([]);
  await expect(ended.getByText(`Ydelsesskift til uddannelseshjælp ${formatDanishShortDate(detail.asOf)}`)).toBeVisible();
  await expect(started.getByText("Efter kontanthjælp")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Handlinger for forløbet på uddannelseshjælp/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger-ydelsesskift");
});

test("a caseworker can view the citizen's obligations under the other rule set for comparison", async ({ page }) => {
  const { detail } = await takeCitizen(CASEWORKER, "obligations in the current forløb", ({ detail, current }) => obligationsOf(detail, current.id).length > 0);
  const [inForce, other] = detail.ruleSet === "forenklet" ? ["forenklet kontaktforløb", "LAB"] : ["LAB", "forenklet kontaktforløb"];

  await openCitizen(page, detail.citizen.id, detail.citizen.name);
  const legal = page.locator("summary", { hasText: "Lovgrundlag:" });
  await expect(legal.first()).toContainText(`(${inForce})`);
  await page.getByLabel(new RegExp(`^${other} \\(til sammenligning\\)$`, "i")).check();
  await expect(page.getByText(`Til sammenligning: samtalekravene, tidslinjerne og forslaget til plan herunder er beregnet efter ${other}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `Samtalekrav efter ${other}` }).first()).toBeVisible();
  const summaries = await legal.allTextContents();
  expect(summaries.length).toBeGreaterThan(0);
  expect(summaries.every((s) => s.endsWith(`(${other})`))).toBe(true);
  await expectAccessible(page);
  await screenshot(page, "borger-sammenligning");

  await page.getByLabel(`Gældende regelsæt: ${inForce}`).check();
  await expect(page.getByRole("heading", { name: `Samtalekrav efter ${inForce}` }).first()).toBeVisible();
  expect((await legal.allTextContents()).every((s) => s.endsWith(`(${inForce})`))).toBe(true);
});
