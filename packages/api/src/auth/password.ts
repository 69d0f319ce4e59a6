import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { availableParallelism } from "node:os";
import { Budget } from "../limiter.js";

// scrypt is memory-hard: N=16384, r=8 costs 16 MiB per hash, which makes GPU guessing expensive.
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

// Upper bounds for parameters read from a stored hash, so a tampered hash cannot exhaust memory.
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * Hashing takes a core and 16 MiB for tens of milliseconds. Unbounded, a flood of logins with
 * random e-mails fills every libuv thread and core and every other request waits; so at most
 * one hash per core but one runs at a time, and only so many logins wait in line (a login past
 * that is refused at once, see `PasswordCheckBusy`). Hashing a new password (seed, admin) waits.
 */
const hashing = new Budget(Math.max(1, availableParallelism() - 1), 32);

/** Too many password checks are already running or waiting: the login is refused, not queued. */
export class PasswordCheckBusy extends Error {
  constructor() {
    super("password checks are saturated");
    this.name = "PasswordCheckBusy";
  }
}

async function derive(plain: string, salt: Buffer, keyLength: number, n: number, r: number, p: number, mayWait = false): Promise<Buffer> {
  const result = await hashing.run(() => scryptKey(plain, salt, keyLength, n, r, p), mayWait);
  if (result === null) throw new PasswordCheckBusy();
  return result.value;
}

function scryptKey(plain: string, salt: Buffer, keyLength: number, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC: "æ" typed as one code point or as a + combining mark must give the same key.
    // scrypt needs about 128·N·r bytes; allow twice that so valid parameters are never refused.
    scrypt(plain.normalize("NFC"), salt, keyLength, { N: n, r, p, maxmem: 256 * n * r }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$N$r$p$saltB64$hashB64` with a fresh random salt. */
export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(plain, salt, KEY_LENGTH, N, R, P, true);
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/**
 * Constant-time comparison; a malformed or foreign hash never matches. Throws only
 * `PasswordCheckBusy`, when the hashing budget's line is full.
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  const [scheme, nText, rText, pText, saltText, hashText] = parts;
  if (parts.length !== 6 || scheme !== "scrypt" || saltText === undefined || hashText === undefined) return false;
  const [n, r, p] = [nText, rText, pText].map(Number) as [number, number, number];
  const validN = Number.isInteger(n) && n > 1 && n <= MAX_N && (n & (n - 1)) === 0;
  if (!validN || !Number.isInteger(r) || r < 1 || r > MAX_R || !Number.isInteger(p) || p < 1 || p > MAX_P) return false;
  const salt = Buffer.from(saltText, "base64");
  const expected = Buffer.from(hashText, "base64");
  if (salt.length === 0 || expected.length === 0) return false;
  const actual = await derive(plain, salt, expected.length, n, r, p);
  return timingSafeEqual(actual, expected);
}
