import type { Database } from "@kontaktplan/db";
import { freshPglite } from "@kontaktplan/testing";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/http.js";
import { serveForTest, type TestServer } from "@kontaktplan/test-server";

/** A raw GET, so paths like `/../x` reach the server unnormalised (fetch would clean them up). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    request({ host: url.hostname, port: url.port, path }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the web portal files", () => {
  let database: Database;
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "kontaktplan-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Kontaktplan</title>");
    writeFileSync(join(root, "assets", "app-3f2a.js"), "console.log('portal')");
    writeFileSync(join(tmpdir(), "kontaktplan-secret.txt"), "hemmeligt");
    database = await freshPglite();
    server = await serveForTest(createServer({ database, webRoot: root, log: () => {} }));
    base = server.url;
  });

  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("serves index.html at / and for client-side routes, never cached", async () => {
    for (const path of ["/", "/borgere/123"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await response.text()).toContain("<title>Kontaktplan</title>");
    }
  });

  it("caches hashed assets for good and answers 404 for missing files", async () => {
    const asset = await fetch(`${base}/assets/app-3f2a.js`);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    const escaped = await rawGet(base, "/../kontaktplan-secret.txt");
    expect(escaped.status).toBe(404);
    expect(escaped.body).not.toContain("hemmeligt");
    expect((await rawGet(base, "/%2e%2e/kontaktplan-secret.txt")).status).toBe(404);
  });

  it("still answers the API beside the portal", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, db: "pglite" });
  });
});
