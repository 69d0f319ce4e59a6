/** Scenarios built through the API for the specs that need a citizen of their own. */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { CitizenDetail, CitizenRecord, ForloebRecord } from "@kontaktplan/schema";
import { addDays, freshCpr } from "./jobcentre-citizens.js";
import { apiAs, baseUrl, login, mutate, query } from "./support.js";

export interface Scenario {
  api: APIRequestContext;
  email: string;
  citizen: CitizenRecord;
  forloeb: ForloebRecord;
  asOf: string;
}

/** A new citizen of the caseworker's with one forløb that began `daysAgo` days before the server's today. */
export async function newCitizen(
  email: string,
  name: string,
  forloeb: Record<string, unknown>,
  daysAgo: number,
  citizen: Record<string, unknown> = {},
): Promise<Scenario> {
  const api = await apiAs(email);
  const created = await mutate<CitizenRecord>(api, "citizen.create", { name, cpr: freshCpr(), ...citizen });
  const { asOf } = await query<CitizenDetail>(api, "citizen.get", { citizenId: created.id });
  const first = await mutate<ForloebRecord>(api, "forloeb.create", { citizenId: created.id, start: addDays(asOf, -daysAgo), ...forloeb });
  return { api, email, citizen: created, forloeb: first, asOf };
}

/** Sign in as the scenario's caseworker and open its citizen. */
export async function openCitizen(page: Page, s: Scenario): Promise<void> {
  await login(page, s.email, "Sagsstamme");
  await page.goto(`${baseUrl()}/#/borger/${s.citizen.id}`);
  await expect(page.getByRole("heading", { level: 1, name: s.citizen.name })).toBeVisible();
}
