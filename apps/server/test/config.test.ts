import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, readConfig } from "../src/config.js";

describe("readConfig", () => {
  it("defaults to port 3000 and PGlite in <repo>/data/pglite", () => {
    expect(readConfig({}, "/repo")).toEqual({ port: 3000, database: { kind: "pglite", dataDir: "/repo/data/pglite" } });
  });

  it("takes PORT, KONTAKTPLAN_DATA_DIR and switches to PostgreSQL with DATABASE_URL", () => {
    expect(readConfig({ PORT: "0", KONTAKTPLAN_DATA_DIR: "/tmp/kp" }, "/repo")).toEqual({ port: 0, database: { kind: "pglite", dataDir: "/tmp/kp" } });
    const url = "postgres://kp:hemmelig@db.example:5433/kontaktplan";
    expect(readConfig({ DATABASE_URL: url, KONTAKTPLAN_DATA_DIR: "/tmp/kp" }, "/repo").database).toEqual({ kind: "postgres", url });
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
