/** Scenarios that build their own citizen through the API, with dates relative to the server's today. */
import { randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { CitizenDetail, CitizenRecord, ForloebRecord } from "@kontaktplan/schema";
import { addDays } from "./jobcentre-citizens.js";
import { apiAs, mutate, query } from "./support.js";

/** A CPR-shaped number no seeded citizen has (the seed's are born before 2000; these in 2000–2027). */
export function freshCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const month = String(randomInt(1, 13)).padStart(2, "0");
  return `${day}${month}${String(randomInt(0, 28)).padStart(2, "0")}${String(randomInt(4000, 10000)).padStart(4, "0")}`;
}

export interface Scenario {
  api: APIRequestContext;
  citizen: CitizenRecord;
  forloeb: ForloebRecord;
  asOf: string;
}

/**
 * A new citizen on `caseworker`'s caseload (a member of `akasseId` when given) with one forløb that
 * began `daysAgo` days before the server's today.
 */
export async function newCitizen(caseworker: string, name: string, forloeb: Record<string, unknown>, daysAgo: number, akasseId?: string): Promise<Scenario> {
  const api = await apiAs(caseworker);
  const citizen = await mutate<CitizenRecord>(api, "citizen.create", { name, cpr: freshCpr(), ...(akasseId ? { akasseId } : {}) });
  const { asOf } = await query<CitizenDetail>(api, "citizen.get", { citizenId: citizen.id });
  const created = await mutate<ForloebRecord>(api, "forloeb.create", { citizenId: citizen.id, start: addDays(asOf, -daysAgo), ...forloeb });
  return { api, citizen, forloeb: created, asOf };
}
