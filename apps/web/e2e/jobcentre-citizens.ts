/** Finding seeded citizens for the jobcentre scenarios through the API, the way the UI would see them. */
import { randomInt } from "node:crypto";
import type { CaseloadPage, CitizenDetail, ForloebRecord, Obligation } from "@kontaktplan/schema";
import { apiAs, query } from "./support.js";

/** Citizens a scenario has changed; later scenarios in the same run leave them alone. */
const taken = new Set<string>();

export interface Found {
  detail: CitizenDetail;
  current: ForloebRecord;
}

/**
 * The first citizen in the caseworker's caseload (or kommune) whose current forløb passes `test`,
 * taken for the calling scenario. Fails with the scenario's own words when the seed has none.
 */
export async function takeCitizen(email: string, what: string, test: (found: Found) => boolean, scope: "mine" | "kommune" = "mine"): Promise<Found> {
  const api = await apiAs(email);
  try {
    const caseload = await query<CaseloadPage>(api, "caseload.list", { pageSize: 200, scope });
    for (const row of caseload.rows) {
      if (taken.has(row.citizenId)) continue;
      const detail = await query<CitizenDetail>(api, "citizen.get", { citizenId: row.citizenId });
      const current = detail.forloeb.at(-1);
      if (current && test({ detail, current })) {
        taken.add(row.citizenId);
        return { detail, current };
      }
    }
  } finally {
    await api.dispose();
  }
  throw new Error(`The seed has no citizen for ${email} with ${what}`);
}

/** The obligations of one forløb. */
export function obligationsOf(detail: CitizenDetail, forloebId: string): Obligation[] {
  return detail.evaluation.obligations.filter((o) => o.forloebId === forloebId);
}

/** An ISO date `days` later (or earlier). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A CPR-shaped number no seeded citizen has (the seed's are born before 2000; these in 2000–2027). */
export function freshCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const month = String(randomInt(1, 13)).padStart(2, "0");
  return `${day}${month}${String(randomInt(0, 28)).padStart(2, "0")}${String(randomInt(4000, 10000)).padStart(4, "0")}`;
}
