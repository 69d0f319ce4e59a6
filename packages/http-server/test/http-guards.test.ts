import { appRouter } from "@kontaktplan/api";
import { tables, type Database } from "@kontaktplan/db";
import { parseDay } from "@kontaktplan/rules";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, MAX_BATCH_SIZE } from "../src/http.js";
import { DEMO_PASSWORD } from "@kontaktplan/demo";
import { demoDatabase, serveForTest, type TestServer } from "@kontaktplan/test-server";

const CASEWORKER = "sagsbehandler1@koebenhavn.jobcenter.example";
const ADMIN = "admin@odense.jobcenter.example";
const JSON_TYPE = { "content-type": "application/json" };
const PORTAL = { ...JSON_TYPE, [API_CLIENT_HEADER]: "test" };

/** Every mutation of the API, by its path. */
const MUTATIONS = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path);

/** What a cross-site HTML form can send: the three encodings a form may use, none of them JSON. */
const FORM_BODIES: ReadonlyArray<[contentType: string, body: string]> = [
  ["multipart/form-data; boundary=xyz", '--xyz\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--xyz--\r\n'],
  ["text/plain", '{"x":1}'],
  ["application/x-www-form-urlencoded", "x=1"],
];

describe("the HTTP layer's guards (PGlite)", () => {
  let database: Database;
  let server: TestServer;
  let base: string;
  let behindProxy: TestServer;
  let proxied: string;

  beforeAll(async () => {
    database = await demoDatabase("pglite", parseDay("2025-11-25"));
    server = await serveForTest(createServer({ database, log: () => undefined }));
    base = server.url;
    behindProxy = await serveForTest(createServer({ database, log: () => undefined, trustProxy: true }));
    proxied = behindProxy.url;
  });

  afterAll(async () => {
    await server.close();
    await behindProxy.close();
    await database.close();
  });

  const login = async (email: string, headers: Record<string, string> = PORTAL, url = base) =>
    fetch(`${url}/trpc/auth.login`, { method: "POST", headers, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  const sessionOf = async (response: Response) => response.headers.getSetCookie()[0]!.split(";")[0]!;
  const sessionCount = () => database.db.$count(tables.sessions);

  it("refuses a cross-site form post of every mutation, whatever its encoding, and the victim's session survives", async () => {
    expect(MUTATIONS).toContain("auth.logout");
    expect(MUTATIONS.length).toBeGreaterThan(20);
    const cookie = await sessionOf(await login(CASEWORKER));
    const auditRows = await database.db.$count(tables.auditLog);
    for (const path of MUTATIONS) {
      for (const [contentType, body] of FORM_BODIES) {
        const browsers: Array<Record<string, string>> = [{ origin: "https://angriber.example", "sec-fetch-site": "cross-site" }, { origin: "null" }, {}];
        for (const browser of browsers) {
          const response = await fetch(`${base}/trpc/${path}`, { method: "POST", headers: { cookie, "content-type": contentType, ...browser }, body });
          expect(response.status, `${path} ${contentType} ${JSON.stringify(browser)}`).toBe(403);
          expect(((await response.json()) as { error: string }).error).toContain("CSRF");
        }
      }
    }
    // A cross-site page that claims to be our client is still cross-site to the browser.
    const claimed = await fetch(`${base}/trpc/auth.logout`, { method: "POST", headers: { cookie, ...PORTAL, "sec-fetch-site": "cross-site" }, body: "{}" });
    expect(claimed.status).toBe(403);
    const me = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await database.db.$count(tables.auditLog)).toBe(auditRows);
  });

  it("takes a mutation from the portal: its client header, or a same-origin browser request without it", async () => {
    expect((await login(ADMIN)).status).toBe(200);
    expect((await login(ADMIN, { ...JSON_TYPE, "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await login(ADMIN, { ...JSON_TYPE, origin: base })).status).toBe(200);
    expect((await login(ADMIN, { ...JSON_TYPE, origin: "http://127.0.0.1:1" })).status).toBe(403);
  });

  it(`refuses a batch of more than ${MAX_BATCH_SIZE} calls with a Danish message, and takes ${MAX_BATCH_SIZE}`, async () => {
    const cookie = await sessionOf(await login(CASEWORKER));
    const batch = (n: number) => fetch(`${base}/trpc/${Array(n).fill("auth.me").join(",")}?batch=1&input={}`, { headers: { cookie } });
    const ok = await batch(MAX_BATCH_SIZE);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(MAX_BATCH_SIZE);
    const started = performance.now();
    const tooMany = await fetch(`${base}/trpc/${Array(300).fill("compliance.summary").join(",")}?batch=1&input={}`, { headers: { cookie } });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { error: { message: string } }).error.message).toBe("For mange kald i én forespørgsel (højst 10)");
    // Refused before any of them ran.
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await batch(MAX_BATCH_SIZE + 1)).status).toBe(400);
  });

  it("will not stream sign-in or sign-out: refused before a session is created", async () => {
    const before = await sessionCount();
    const response = await fetch(`${base}/trpc/auth.login?batch=1`, {
      method: "POST",
      headers: { ...PORTAL, "trpc-accept": "application/jsonl" },
      body: JSON.stringify({ 0: { email: CASEWORKER, password: DEMO_PASSWORD } }),
    });
    const text = await response.text();
    expect(text).toContain("Log ind og log ud kan ikke streames");
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await sessionCount()).toBe(before);
  });

  it("answers the framework's own refusals in Danish, with the right status", async () => {
    const messageOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;
    const unknown = await fetch(`${base}/trpc/findes.ikke`);
    expect(unknown.status).toBe(404);
    expect(await messageOf(unknown)).toBe("Der findes ingen procedure med det navn");

    const badJson = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: PORTAL, body: '{"email":' });
    expect(badJson.status).toBe(400);
    expect(await messageOf(badJson)).toBe("Forespørgslen er ikke gyldig JSON");

    const cookie = await sessionOf(await login(CASEWORKER));
    const badQueryJson = await fetch(`${base}/trpc/caseload.list?input=%7B`, { headers: { cookie } });
    expect(badQueryJson.status).toBe(400);
    expect(await messageOf(badQueryJson)).toBe("Forespørgslen er ikke gyldig JSON");

    const tooLarge = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: PORTAL, body: JSON.stringify({ email: "x".repeat(2 * 1024 * 1024) }) });
    expect(tooLarge.status).toBe(413);
    expect(await messageOf(tooLarge)).toBe("Forespørgslen er for stor");

    const wrongMethod = await fetch(`${base}/trpc/auth.logout`);
    expect(wrongMethod.status).toBe(405);
    expect(await messageOf(wrongMethod)).toMatch(/^Metoden er ikke tilladt/);

    const notJson = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { [API_CLIENT_HEADER]: "test", "content-type": "text/plain" },
      body: "{}",
    });
    expect(notJson.status).toBe(415);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/skal sendes som JSON/);

    const nul = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: PORTAL, body: JSON.stringify({ email: "a\u0000@b.dk", password: "x" }) });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { error: { data: { fieldErrors: unknown } } }).error.data.fieldErrors).toEqual([
      { path: "email", message: "Teksten indeholder et ugyldigt tegn (NUL)" },
    ]);
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy: then HSTS and a Secure cookie", async () => {
    const direct = await login(ADMIN, { ...PORTAL, "x-forwarded-proto": "https" });
    expect(direct.headers.get("strict-transport-security")).toBeNull();
    expect(direct.headers.getSetCookie()[0]).not.toMatch(/Secure/);

    const viaProxy = await login(ADMIN, { ...PORTAL, "x-forwarded-proto": "https" }, proxied);
    expect(viaProxy.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(viaProxy.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    const health = await fetch(`${proxied}/healthz`, { headers: { "x-forwarded-proto": "https" } });
    expect(health.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("counts failed logins per e-mail and client address: an attacker elsewhere cannot lock the user out", async () => {
    const email = "sagsbehandler2@koebenhavn.jobcenter.example";
    const from = (address: string, password: string) =>
      fetch(`${proxied}/trpc/auth.login`, {
        method: "POST",
        headers: { ...PORTAL, "x-forwarded-for": `10.0.0.1, ${address}` },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < 5; i++) expect((await from("203.0.113.9", `forkert-${i}`)).status).toBe(401);
    const locked = await from("203.0.113.9", DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect((await from("198.51.100.7", DEMO_PASSWORD)).status).toBe(200);
    // Without a trusted proxy the header is the client's own claim, and counts for nothing.
    const spoofing = (password: string) =>
      fetch(`${base}/trpc/auth.login`, {
        method: "POST",
        headers: { ...PORTAL, "x-forwarded-for": "198.51.100.7" },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < 5; i++) expect((await spoofing(`forkert-${i}`)).status).toBe(401);
    expect((await spoofing(DEMO_PASSWORD)).status).toBe(429);
    expect((await from("198.51.100.7", DEMO_PASSWORD)).status).toBe(200);
  });
});
