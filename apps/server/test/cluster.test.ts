import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { readWorkers } from "../src/cluster.js";
import { ConfigError, type DatabaseConfig } from "../src/config.js";

const postgres: DatabaseConfig = { kind: "postgres", url: "postgres://u:p@db:5432/kontaktplan" };
const pglite: DatabaseConfig = { kind: "pglite", dataDir: "/tmp/kontaktplan" };

describe("WORKERS", () => {
  it("defaults to the number of cores on PostgreSQL and to one process on the embedded database", () => {
    expect(readWorkers({}, postgres)).toBe(availableParallelism());
    expect(readWorkers({ WORKERS: "" }, pglite)).toBe(1);
  });

  it("takes a whole number, and refuses more than one process on the embedded database in Danish", () => {
    expect(readWorkers({ WORKERS: "3" }, postgres)).toBe(3);
    expect(readWorkers({ WORKERS: "1" }, pglite)).toBe(1);
    expect(() => readWorkers({ WORKERS: "2" }, pglite)).toThrow(
      new ConfigError("WORKERS over 1 kræver PostgreSQL (DATABASE_URL): den indbyggede database (PGlite) kan kun bruges af én proces."),
    );
    for (const bad of ["0", "-1", "2.5", "mange", "257"])
      expect(() => readWorkers({ WORKERS: bad }, postgres)).toThrow(/WORKERS skal være et helt tal fra 1 til 256/);
  });
});
