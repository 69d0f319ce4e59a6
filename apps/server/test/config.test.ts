import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, readConfig } from "../src/config.js";

describe("readConfig", () => {
  it("sends e-mail through SMTP_URL from SMTP_FROM, both or neither, and never echoes the URL", () => {
    const url = "smtps://kp:hemmelig@smtp.kommune.example:465";
    expect(readConfig({ SMTP_URL: url, SMTP_FROM: " Kontaktplan <kontaktplan@kommune.example> " }, "/repo").smtp).toEqual({
      url,
      from: "Kontaktplan <kontaktplan@kommune.example>",
    });
    expect(readConfig({ SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "kontaktplan@kommune.example" }, "/repo").smtp?.from).toBe("kontaktplan@kommune.example");
    expect(() => readConfig({ SMTP_URL: url }, "/repo")).toThrow(/SMTP_FROM skal være afsenderens e-mailadresse/);
    expect(() => readConfig({ SMTP_URL: url, SMTP_FROM: "Kontaktplan" }, "/repo")).toThrow(ConfigError);
    expect(() => readConfig({ SMTP_FROM: "kontaktplan@kommune.example" }, "/repo")).toThrow(/SMTP_URL mangler/);
    const wrong = (() => {
      try {
        readConfig({ SMTP_URL: "http://kp:hemmelig@smtp.example", SMTP_FROM: "kontaktplan@kommune.example" }, "/repo");
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(wrong).toMatch(/^SMTP_URL skal være en SMTP-adresse/);
    expect(wrong).not.toContain("hemmelig");
  });

  it("defaults to port 3000 on loopback, PGlite in <repo>/data/pglite with demo data, no proxy, the real clock", () => {
    const config = readConfig({}, "/repo", () => 1_700_000_000_000);
    expect(config.now().getTime()).toBe(1_700_000_000_000);
    expect(config).toEqual({
      now: expect.any(Function),
      port: 3000,
      host: "127.0.0.1",
      database: { kind: "pglite", dataDir: "/repo/data/pglite" },
      demo: true,
      trustProxy: false,
      smtp: null,
    });
  });

  it("starts a test server's clock at KONTAKTPLAN_TEST_NOW and lets it tick on, only under NODE_ENV=test", () => {
    let real = 5_000;
    const config = readConfig({ NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: "2026-03-11T09:00:00+01:00" }, "/repo", () => real);
    expect(config.now().toISOString()).toBe("2026-03-11T08:00:00.000Z");
    real += 90_000;
    expect(config.now().toISOString()).toBe("2026-03-11T08:01:30.000Z");
    expect(() => readConfig({ KONTAKTPLAN_TEST_NOW: "2026-03-11T09:00:00Z" }, "/repo")).toThrow(/kun sammen med NODE_ENV=test/);
    expect(() => readConfig({ NODE_ENV: "production", KONTAKTPLAN_TEST_NOW: "2026-03-11T09:00:00Z" }, "/repo")).toThrow(ConfigError);
    expect(() => readConfig({ NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: "11.03.2026" }, "/repo")).toThrow(/KONTAKTPLAN_TEST_NOW skal være/);
    expect(() => readConfig({ NODE_ENV: "test", KONTAKTPLAN_TEST_NOW: "2026-02-30T09:00:00Z" }, "/repo")).toThrow(ConfigError);
  });

  it("takes PORT, HOST, KONTAKTPLAN_DATA_DIR, TRUST_PROXY and switches to PostgreSQL with DATABASE_URL", () => {
    expect(readConfig({ PORT: "0", HOST: "0.0.0.0", TRUST_PROXY: "1", KONTAKTPLAN_DATA_DIR: "/tmp/kp" }, "/repo")).toEqual({
      now: expect.any(Function),
      port: 0,
      host: "0.0.0.0",
      database: { kind: "pglite", dataDir: "/tmp/kp" },
      demo: true,
      trustProxy: true,
      smtp: null,
    });
    const url = "postgres://kp:hemmelig@db.example:5433/kontaktplan";
    expect(readConfig({ DATABASE_URL: url, KONTAKTPLAN_DATA_DIR: "/tmp/kp" }, "/repo").database).toEqual({ kind: "postgres", url });
  });

  it("seeds demo data on PostgreSQL only when asked, and on PGlite unless told not to", () => {
    const url = "postgres://kp:hemmelig@db.example:5433/kontaktplan";
    expect(readConfig({ DATABASE_URL: url }, "/repo").demo).toBe(false);
    expect(readConfig({ DATABASE_URL: url, KONTAKTPLAN_DEMO: "1" }, "/repo").demo).toBe(true);
    expect(readConfig({ KONTAKTPLAN_DEMO: "0" }, "/repo").demo).toBe(false);
    expect(() => readConfig({ KONTAKTPLAN_DEMO: "ja" }, "/repo")).toThrow(/KONTAKTPLAN_DEMO skal være 1 eller 0/);
    expect(() => readConfig({ TRUST_PROXY: "yes" }, "/repo")).toThrow(/TRUST_PROXY skal være 1 eller 0/);
  });

  it("refuses a bad port or a non-PostgreSQL URL in Danish, without echoing the URL", () => {
    expect(() => readConfig({ PORT: "http" }, "/repo")).toThrow(ConfigError);
    expect(() => readConfig({ PORT: "70000" }, "/repo")).toThrow(/PORT skal være/);
    let message = "";
    try {
      readConfig({ DATABASE_URL: "mysql://root:hemmelig@localhost/x" }, "/repo");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL skal være en PostgreSQL-adresse/);
    expect(message).not.toContain("hemmelig");
  });

  it("describes PostgreSQL without user or password", () => {
    const text = describeDatabase({ kind: "postgres", url: "postgres://kp:hemmelig@db.example:5433/kontaktplan" });
    expect(text).toBe("PostgreSQL på db.example:5433/kontaktplan");
  });
});
