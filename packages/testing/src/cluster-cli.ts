/**
 * `node dist/cluster-cli.js start` starts a PostgreSQL test cluster that outlives this command and
 * prints "<url> <data folder>"; `node dist/cluster-cli.js stop <data folder>` stops and deletes it.
 * `scripts/test.sh` shares one cluster across the whole run this way, instead of one per test process.
 */
import { startCluster, stopCluster } from "@kontaktplan/db/testing";

const [command, dataDir] = process.argv.slice(2);
if (command === "start") {
  const cluster = await startCluster();
  process.stdout.write(`${cluster.url} ${cluster.dataDir}\n`);
} else if (command === "stop" && dataDir) {
  stopCluster(dataDir);
} else {
  console.error("usage: cluster-cli start | cluster-cli stop <data folder>");
  process.exitCode = 2;
}
