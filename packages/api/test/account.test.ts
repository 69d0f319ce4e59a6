import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "@kontaktplan/testing";
import { SESSION_COOKIE } from "../src/index.js";
import { anonymous, refusal, shapeOf, type Caller } from "./support/callers.js";
import { useWorld } from "./support/database.js";
import { auditRows } from "./support/log.js";
import { PASSWORD } from "./support/world.js";

describe.each(DATABASE_KINDS)("own account on %s", (kind) => {
  const env = useWorld(kind);

  async function signIn(email: string, password = PASSWORD): Promise<{ api: Caller; cookies: string[] }> {
    const cookies: string[] = [];
    await (await anonymous(env.database, { cookies })).auth.login({ email, password });
    const token = /=([^;]*)/.exec(cookies[0]!)![1]!;
    const later: string[] = [];
    return { api: await anonymous(env.database, { cookieHeader: `${SESSION_COOKIE}=${token}`, cookies: later }), cookies: later };
  }

  it("refuses a wrong current password and weak new ones with Danish field errors", async () => {
    const { api } = await signIn(env.world.a.caseworker.email);
    const cases: [string, string, string][] = [
      ["forkert", "Blå hest spiser gule æbler", "currentPassword"],
      [PASSWORD, "kort-kode", "newPassword"],
      [PASSWORD, "password1234", "newPassword"],
      [PASSWORD, "Sommer2025!!!", "newPassword"],
      [PASSWORD, "aaaaaaaaaaaaaaaa", "newPassword"],
      [PASSWORD, "x-sagsbehandler.a@example.dk", "newPassword"],
      [PASSWORD, "1234 5678 9012 345", "newPassword"],
      [PASSWORD, PASSWORD, "newPassword"],
    ];
    for (const [currentPassword, newPassword, path] of cases) {
      const error = await refusal(api.account.changePassword({ currentPassword, newPassword }));
      expect(error.code, newPassword).toBe("BAD_REQUEST");
      const fields = shapeOf(error).data.fieldErrors;
      expect(
        fields.map((f) => f.path),
        newPassword,
      ).toEqual([path]);
      expect(fields[0]!.message).toMatch(/adgangskode/i);
    }
    // Still the old password.
    await signIn(env.world.a.caseworker.email);
  });

  it("stops guessing the current password through an open session after five wrong ones, as the login does", async () => {
    const email = env.world.a.caseworker.email;
    const { api } = await signIn(email);
    const newPassword = "Blå hest spiser gule æbler";
    // A weak new password with the right current one does not count against the user.
    expect((await refusal(api.account.changePassword({ currentPassword: PASSWORD, newPassword: "kort-kode" }))).code).toBe("BAD_REQUEST");
    for (let i = 0; i < 5; i++) {
      expect((await refusal(api.account.changePassword({ currentPassword: `gæt-${i}`, newPassword }))).code).toBe("BAD_REQUEST");
    }
    const stopped = await refusal(api.account.changePassword({ currentPassword: PASSWORD, newPassword }));
    expect(stopped.code).toBe("TOO_MANY_REQUESTS");
    expect(stopped.message).toMatch(/Vent 15 minutter/);
    // The same allowance as the login's: signing in from this address is refused too, until the window passes.
    expect((await refusal(signIn(email))).code).toBe("TOO_MANY_REQUESTS");
  });

  it("a right current password clears the wrong ones before it", async () => {
    const email = env.world.a.caseworker.email;
    const { api } = await signIn(email);
    for (let i = 0; i < 4; i++) await refusal(api.account.changePassword({ currentPassword: `gæt-${i}`, newPassword: "Blå hest spiser gule æbler" }));
    expect(await api.account.changePassword({ currentPassword: PASSWORD, newPassword: "Blå hest spiser gule æbler" })).toEqual({ ok: true });
    for (let i = 0; i < 5; i++) await refusal(api.account.changePassword({ currentPassword: `gæt-${i}`, newPassword: "Grøn hest spiser røde æbler" }));
    expect(
      await api.account
        .changePassword({ currentPassword: "Blå hest spiser gule æbler", newPassword: "Grøn hest spiser røde æbler" })
        .catch((e: { code: string }) => e.code),
    ).toBe("TOO_MANY_REQUESTS");
  });

  it("changes the password, keeps the current session and ends the others", async () => {
    const email = env.world.a.caseworker.email;
    const other = await signIn(email);
    const { api } = await signIn(email);
    expect(await api.account.changePassword({ currentPassword: PASSWORD, newPassword: "Blå hest spiser gule æbler" })).toEqual({ ok: true });
    expect((await api.auth.me()).email).toBe(email);
    expect((await refusal(other.api.auth.me())).code).toBe("UNAUTHORIZED");
    expect((await refusal(signIn(email))).code).toBe("UNAUTHORIZED");
    await signIn(email, "Blå hest spiser gule æbler");
    const row = (await auditRows(env.database)).find((r) => r.action === "admin.account.change-password");
    expect(row).toMatchObject({ userId: env.world.a.caseworker.id, details: { organisationId: env.world.a.jobcentre.id, after: { endedSessions: 1 } } });
    expect(JSON.stringify(row)).not.toContain("Blå hest");
  });

  it("lists the user's own active sessions and ends one, or the current one (which clears the cookie)", async () => {
    const email = env.world.a.admin.email;
    const first = await signIn(email);
    const { api, cookies } = await signIn(email);
    await signIn(env.world.a.caseworker.email);
    const sessions = await api.account.sessions();
    expect(sessions.map((s) => s.current)).toEqual([false, true]);
    await api.account.endSession({ sessionId: sessions[0]!.id });
    expect((await refusal(first.api.auth.me())).code).toBe("UNAUTHORIZED");
    // Another user's session is not the caller's to end.
    const caseworkerSessions = await (await signIn(env.world.a.caseworker.email)).api.account.sessions();
    expect((await refusal(api.account.endSession({ sessionId: caseworkerSessions[0]!.id }))).code).toBe("NOT_FOUND");

    await api.account.endSession({ sessionId: sessions[1]!.id });
    expect(cookies[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    expect((await refusal(api.auth.me())).code).toBe("UNAUTHORIZED");
  });
});
