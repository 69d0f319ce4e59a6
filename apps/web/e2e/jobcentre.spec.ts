import { expect, test } from "./fixtures.js";
import { formatDanishDateTime, formatDanishShortDate, ruleTitle } from "@kontaktplan/ui";
import type { CitizenDetail, MeetingRecord, Obligation } from "@kontaktplan/schema";
import { apiAs, baseUrl, expectAccessible, login, mutate, query, screenshot } from "./support.js";
import { obligationsOf, takeCitizen } from "./jobcentre-citizens.js";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";

test("a caseworker records a meeting and the obligation turns met", async ({ page }) => {
  // An open obligation an individual meeting held today counts toward; meetings held earlier today
  // (recorded through the API, as a colleague would) leave it exactly one meeting short.
  const countsToday = (o: Obligation, asOf: string) => o.status === "open" && o.kinds.includes("individuel") && o.from <= asOf && asOf <= o.to;
  const found = await takeCitizen(CASEWORKER, "an open obligation a meeting today counts toward", ({ detail, current }) =>
    obligationsOf(detail, current.id).some((o) => countsToday(o, detail.asOf)),
  );
  const chosen = obligationsOf(found.detail, found.current.id).find((o) => countsToday(o, found.detail.asOf))!;
  const api = await apiAs(CASEWORKER);
  for (let i = 0; i < chosen.required - chosen.held - 1; i++) {
    const earlier = await mutate<MeetingRecord>(api, "meeting.plan", {
      forloebId: found.current.id,
      date: found.detail.asOf,
      time: `08:${10 + i * 10}`,
      kind: "individuel",
    });
    await mutate(api, "meeting.record", { meetingId: earlier.id, form: "fremmoede", participants: ["borger", "jobcenter"] });
  }
  const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId: found.detail.citizen.id });
  await api.dispose();
  const target = obligationsOf(detail, found.current.id).find((o) => o.rule === chosen.rule && o.occurrence === chosen.occurrence)!;
  expect(target.required - target.held).toBe(1);

  await login(page, CASEWORKER, "Sagsstamme");
  await expect(page.getByText(/Logget ind som/)).toContainText("Jobcenter København");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "sagsstamme");

  const first = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("img", { name: /Tidslinje: Forløb på/ }).first()).toBeVisible();
  await expect(page.getByText(/Lovgrundlag:/).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "borger");

  await page.goto(`${baseUrl()}/#/borger/${detail.citizen.id}`);
  const obligation = page
    .getByRole("listitem")
    .filter({ hasText: ruleTitle(target.explanation) })
    .filter({ hasText: `Vindue: ${formatDanishShortDate(target.from)} – ${formatDanishShortDate(target.to)}` });
  await expect(obligation).toHaveCount(1);
  await expect(obligation.getByRole("heading")).toContainText("Åben");
  await expect(obligation).toContainText(`Afholdt: ${target.held} af ${target.required}`);

  const plan = page.getByRole("region", { name: "Planlæg samtale" });
  await plan.getByLabel("Klokkeslæt").fill("10:45");
  await plan.getByRole("button", { name: "Planlæg samtale" }).click();
  await expect(plan.getByRole("status")).toHaveText("Samtalen er planlagt.");

  const when = formatDanishDateTime(detail.asOf, "10:45");
  await page
    .getByRole("button", { name: `Registrér som afholdt (${when})` })
    .first()
    .click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gem som afholdt" }).click();
  await expect(page.getByText(`Samtalen ${when} er registreret som afholdt.`)).toBeVisible();
  await expect(obligation.getByRole("heading")).toContainText("Opfyldt");
  await expect(obligation).toContainText(`Afholdt: ${target.required} af ${target.required}`);
  await expectAccessible(page);
  await screenshot(page, "borger-samtale-afholdt");
});

test("a caseworker is told when a citizen does not exist", async ({ page }) => {
  await login(page, CASEWORKER, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole("heading", { level: 1, name: "Borgeren blev ikke fundet" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("findes ikke");
});

test("logging out returns to the login page", async ({ page }) => {
  await login(page, "sagsbehandler2@koebenhavn.jobcenter.example", "Sagsstamme");
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Log ind i Kontaktplan" })).toBeVisible();
});
