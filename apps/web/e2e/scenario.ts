/** Scenarios built through the API for the specs that need a citizen of their own. */
import { randomInt } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { CitizenDetail, CitizenRecord, ForloebRecord } from "@kontaktplan/schema";
import { addDays } from "./jobcentre-citizens.js";
import { apiAs, baseUrl, login, mutate, query } from "./support.js";

/** A CPR-shaped number no seeded citizen has (the seed's are born before 2000; these in 2000–2027). */
export function freshCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const month = String(randomInt(1, 13)).padStart(2, "0");
  return `${day}${month}${String(randomInt(0, 28)).padStart(2, "0")}${String(randomInt(4000, 10000)).padStart(4, "0")}`;
}

export interface Scenario {
  api: APIRequestContext;
  email: string;
  citizen: CitizenRecord;
  forloeb: ForloebRecord;
  asOf: string;
}

/** A new citizen of the caseworker's with one forløb that began `daysAgo` days before the server's today. */
export async function newCitizen(email: string, name: string, forloeb: Record<string, unknown>, daysAgo: number, citizen: Record<string, unknown> = {}): Promise<Scenario> {
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
