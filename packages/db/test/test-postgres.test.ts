import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startCluster, stopCluster, stopClusterWhenProcessEnds, type Cluster } from "../src/testing/cluster.js";

const URL_VARIABLE = "KONTAKTPLAN_TEST_PG_URL";
const CLUSTER_TIMEOUT_MS = 60_000;
const sharedUrl = process.env[URL_VARIABLE];

/** A separate copy of the module, with its own once-per-process state, as another test process would have. */
async function loadPostgresModule() {
  vi.resetModules();
  return import("../src/testing/postgres.js");
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe("postgresUrl", () => {
  const clusters: Cluster[] = [];
  afterEach(() => {
    for (const cluster of clusters.splice(0)) stopCluster(cluster.dataDir);
    if (sharedUrl === undefined) delete process.env[URL_VARIABLE];
    else process.env[URL_VARIABLE] = sharedUrl;
  });

  it("uses KONTAKTPLAN_TEST_PG_URL when it is set", async () => {
    process.env[URL_VARIABLE] = "postgres://postgres@127.0.0.1:1/elsewhere";
    const { postgresUrl } = await loadPostgresModule();
    await expect(postgresUrl()).resolves.toBe("postgres://postgres@127.0.0.1:1/elsewhere");
    // Loading the module afresh took over 5 s on a busy machine.
  }, 60_000);

  it(
    "lets test processes racing for the template on a new cluster all get a database",
    async () => {
      const cluster = await startCluster();
      clusters.push(cluster);
      process.env[URL_VARIABLE] = cluster.url;
      const processes = [];
      for (let copy = 0; copy < 4; copy++) processes.push(await loadPostgresModule());
      const databases = await Promise.all(processes.map(({ freshPostgres }) => freshPostgres()));
      await Promise.all(databases.map((database) => database.close()));
      expect(databases).toHaveLength(4);
    },
    CLUSTER_TIMEOUT_MS,
  );

  it(
    "stops a private cluster when its process is killed",
    async () => {
      const cluster = await startCluster();
      clusters.push(cluster);
      const owner = spawn("sleep", ["60"], { stdio: "ignore" });
      if (owner.pid === undefined) throw new Error("could not start the owner process");
      stopClusterWhenProcessEnds(cluster.dataDir, owner.pid);
      expect(await answers(cluster.url)).toBe(true);
      owner.kill("SIGKILL");
      for (let waited = 0; existsSync(cluster.dataDir) && waited < 10_000; waited += 200) await sleep(200);
      expect(existsSync(cluster.dataDir)).toBe(false);
      expect(await answers(cluster.url)).toBe(false);
    },
    CLUSTER_TIMEOUT_MS,
  );
});
