/**
 * Finding a citizen by name or CPR number in a list the caller may already see. Pure: the lists
 * are filtered after tenancy, so a search can never reach beyond them.
 */

export type Search = { kind: "cpr"; digits: string } | { kind: "name"; words: string[] };

/** A CPR search is digits with the separators people type: "010285", "01-02-85", "0102851234", "010285-1234". */
const CPR_LIKE = /^[\d\s.\-/]+$/;
/** A birth date with a four-digit year ("01-02-1985"): the CPR number holds only its last two digits. */
const LONG_YEAR = /^(\d{2})\D?(\d{2})\D?\d{2}(\d{2})$/;

function normalised(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("da");
}

/** What the text searches for; null for an empty search (no filter). */
export function parseSearch(text: string | undefined): Search | null {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return null;
  if (CPR_LIKE.test(trimmed)) {
    const compact = trimmed.replace(/\s/g, "");
    const longYear = LONG_YEAR.exec(compact);
    const digits = longYear && compact.replace(/\D/g, "").length === 8 ? `${longYear[1]}${longYear[2]}${longYear[3]}` : compact.replace(/\D/g, "");
    return { kind: "cpr", digits };
  }
  return { kind: "name", words: normalised(trimmed).split(/\s+/) };
}

/** A CPR search matches from the start of the number; a name search needs every word somewhere in the name. */
export function matchesSearch(search: Search, person: { name: string; cpr: string }): boolean {
  if (search.kind === "cpr") return person.cpr.startsWith(search.digits);
  const name = normalised(person.name);
  return search.words.every((w) => name.includes(w));
}

/** For the audit trail: which kind of search was made, never its text (a CPR number must not be stored there). */
export function searchAuditDetails(search: Search | null): { search?: Search["kind"] } {
  return search ? { search: search.kind } : {};
}
