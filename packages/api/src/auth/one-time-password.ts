import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: read aloud or copied from a screen, these get mixed up.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A one-time password for a new user or a reset: 16 random characters (about 92 bits) in groups of
 * four. The user must choose their own at the first sign-in (`users.must_change_password`).
 */
export function oneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET.charAt(randomInt(ALPHABET.length)));
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
