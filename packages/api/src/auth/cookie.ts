/** The session cookie: its name, how it is written and how the token is read back. */

export const SESSION_COOKIE = "kontaktplan_session";

/** Fixed lifetime: a session lasts one working day from login, then the user signs in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

// 32 random bytes in base64url are exactly 43 characters; anything else is not one of ours.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function sessionTokenFromCookies(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN_PATTERN.test(value) ? value : null;
  }
  return null;
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

export function sessionCookie(token: string, secure: boolean): string {
  return cookie(token, SESSION_TTL_MS / 1000, secure);
}

export function clearedSessionCookie(secure: boolean): string {
  return cookie("", 0, secure);
}
