import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tables } from "@kontaktplan/db";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { SESSION_COOKIE } from "../src/index.js";
import { anonymous, NOW, refusal, shapeOf } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { PASSWORD } from "./support/world.js";

const HOUR = 60 * 60 * 1000;

function tokenFrom(setCookie: string): string {
  const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(setCookie);
  if (!match) throw new Error(`not a session cookie: ${setCookie}`);
  return match[1]!;
}

describe.each(DATABASE_KINDS)("auth on %s", (kind) => {
  const env = useWorld(kind);

  async function login(email: string, password = PASSWORD, at = NOW) {
    const cookies: string[] = [];
    const api = await anonymous(env.database, { cookies, now: () => at });
    const me = await api.auth.login({ email, password });
    return { me, cookie: cookies[0]!, token: tokenFrom(cookies[0]!) };
  }

  it("logs in, sets an HttpOnly SameSite=Lax session cookie and stores only the token's hash", async () => {
    const { me, cookie, token } = await login(env.world.a.caseworker.email);
    expect(me).toMatchObject({ id: env.world.a.caseworker.id, role: "sagsbehandler", organisation: { kommunekode: "101" } });
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await env.database.db.select().from(tables.sessions);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]!.tokenHash).not.toContain(token);
  });

  it("accepts the e-mail in any case and with surrounding spaces", async () => {
    const { me } = await login(`  ${env.world.a.caseworker.email.toUpperCase()} `);
    expect(me.id).toBe(env.world.a.caseworker.id);
  });

  it("recognises the session cookie on later requests (auth.me)", async () => {
    const { token } = await login(env.world.a.admin.email);
    const api = await anonymous(env.database, { cookieHeader: `other=1; ${SESSION_COOKIE}=${token}` });
    expect((await api.auth.me()).id).toBe(env.world.a.admin.id);
  });

  it("gives wrong password and unknown user the same Danish UNAUTHORIZED answer", async () => {
    const api = await anonymous(env.database);
    const wrong = await refusal(api.auth.login({ email: env.world.a.caseworker.email, password: "forkert" }));
    const unknown = await refusal(api.auth.login({ email: "ingen@example.dk", password: "forkert" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.message).toBe(wrong.message);
    expect(wrong.message).toBe("Forkert e-mail eller adgangskode");
  });

  it("refuses a disabled user like a wrong password", async () => {
    await env.database.db.update(tables.users).set({ disabled: true }).where(eq(tables.users.id, env.world.a.caseworker.id));
    const error = await refusal((await anonymous(env.database)).auth.login({ email: env.world.a.caseworker.email, password: PASSWORD }));
    expect(error.message).toBe("Forkert e-mail eller adgangskode");
  });

  it("refuses requests without a session, with a malformed cookie, or with an unknown token", async () => {
    for (const cookieHeader of [undefined, `${SESSION_COOKIE}=kort`, `${SESSION_COOKIE}=${"A".repeat(43)}`]) {
      const error = await refusal((await anonymous(env.database, { cookieHeader })).auth.me());
      expect(error.code).toBe("UNAUTHORIZED");
    }
  });

  it("logs out: deletes the session and clears the cookie", async () => {
    const { token } = await login(env.world.a.caseworker.email);
    const cookies: string[] = [];
    const api = await anonymous(env.database, { cookieHeader: `${SESSION_COOKIE}=${token}`, cookies });
    expect(await api.auth.logout()).toEqual({ ok: true });
    expect(cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    expect(await env.database.db.select().from(tables.sessions)).toHaveLength(0);
    expect((await refusal(api.auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("expires a session 8 hours after login (fixed, not sliding)", async () => {
    const { token } = await login(env.world.a.caseworker.email);
    const at = (ms: number) => anonymous(env.database, { cookieHeader: `${SESSION_COOKIE}=${token}`, now: () => new Date(NOW.getTime() + ms) });
    expect((await (await at(8 * HOUR - 1000)).auth.me()).id).toBe(env.world.a.caseworker.id);
    expect((await refusal((await at(8 * HOUR)).auth.me())).code).toBe("UNAUTHORIZED");
  });

  it("rate-limits: after 5 failures in 15 minutes even the right password is refused, until the window passes", async () => {
    const email = env.world.a.caseworker.email;
    for (let i = 0; i < 5; i++) {
      const api = await anonymous(env.database, { now: () => new Date(NOW.getTime() + i * 60_000) });
      expect((await refusal(api.auth.login({ email, password: `forkert-${i}` }))).code).toBe("UNAUTHORIZED");
    }
    const later = (minutes: number) => anonymous(env.database, { now: () => new Date(NOW.getTime() + minutes * 60_000) });
    const limited = await refusal((await later(5)).auth.login({ email, password: PASSWORD }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(shapeOf(limited).message).toBe("For mange mislykkede loginforsøg. Vent 15 minutter, og prøv igen.");
    // Another user's e-mail is not affected.
    expect((await (await later(5)).auth.login({ email: env.world.a.admin.email, password: PASSWORD })).id).toBe(env.world.a.admin.id);
    // 15 minutes after the first failure, one slot frees up again; success clears the count.
    expect((await (await later(15)).auth.login({ email, password: PASSWORD })).id).toBe(env.world.a.caseworker.id);
    expect(await env.database.db.select().from(tables.failedLogins).where(eq(tables.failedLogins.email, email))).toHaveLength(0);
  });

  it("rate-limits a burst of parallel guesses too: at most 5 passwords are ever checked", async () => {
    const email = env.world.a.caseworker.email;
    const api = await anonymous(env.database);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => refusal(api.auth.login({ email, password: `gæt-${i}` }))));
    const checked = answers.filter((e) => e.code === "UNAUTHORIZED").length;
    expect(answers.filter((e) => e.code !== "UNAUTHORIZED").map((e) => e.code)).toEqual(Array(20 - checked).fill("TOO_MANY_REQUESTS"));
    expect(checked).toBeLessThanOrEqual(5);
    // Exactly the checked (and failed) guesses stay counted.
    expect(await env.database.db.select().from(tables.failedLogins).where(eq(tables.failedLogins.email, email))).toHaveLength(checked);
  });

  it("answers invalid login input with BAD_REQUEST and Danish field errors", async () => {
    const error = await refusal((await anonymous(env.database)).auth.login({ email: "", password: 42 } as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(shapeOf(error).data.fieldErrors).toEqual([
      { path: "email", message: "Må ikke være tom" },
      { path: "password", message: "Skal være en tekst" },
    ]);
  });
});
