/**
 * Which new passwords are refused: shorter than 12 characters (the schema checks that), a common
 * password or a common word padded with digits and symbols, one character or a keyboard run
 * repeated, or the user's own e-mail address or name in it. Pure: the caller passes what it knows.
 */
import { COMMON_PASSWORDS, COMMON_WORDS } from "./common-passwords.js";

const common = new Set(COMMON_PASSWORDS);
const words = new Set(COMMON_WORDS);

const LEET: Record<string, string> = { "@": "a", "4": "a", "0": "o", "3": "e", "1": "i", "!": "i", $: "s", "5": "s", "7": "t" };

/** The word under the padding: "P@ssw0rd!2025" is "password". */
function paddedWord(lower: string): string {
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return core.replace(/[@40315$7!]/g, (c) => LEET[c] ?? c).replace(/[^\p{L}]/gu, "");
}

/** A Danish reason the password is too easy to guess, or null when it may be used. */
export function weakPasswordReason(password: string, owner: { email: string; name: string }): string | null {
  const lower = password.normalize("NFC").toLowerCase();
  if (common.has(lower)) return "Adgangskoden er blandt de mest brugte. Vælg en anden.";
  // "Sommer2024!!!" is "sommer" with padding: as easy to guess as the word itself.
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return "Adgangskoden skal indeholde bogstaver, ikke kun tal og tegn.";
  if (words.has(letters) || words.has(paddedWord(lower))) {
    return "Adgangskoden er et almindeligt ord med tal eller tegn omkring. Vælg en længere sætning eller flere ord.";
  }
  if (new Set(lower).size <= 3) return "Adgangskoden består af for få forskellige tegn.";
  const email = owner.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (lower.includes(email) || (local.length >= 4 && lower.includes(local))) {
    return "Adgangskoden må ikke indeholde din e-mailadresse.";
  }
  const nameParts = owner.name
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length >= 4);
  if (nameParts.some((p) => lower.includes(p))) return "Adgangskoden må ikke indeholde dit navn.";
  return null;
}
