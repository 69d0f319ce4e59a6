import { startServerProcess, type ServerProcess } from "@kontaktplan/test-server";
import { fileURLToPath } from "node:url";

/** The built server, exactly what `pnpm start` runs (turbo builds it before these tests). */
export const MAIN = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

/** `node dist/main.js` on an embedded database in `dataDir` (no DATABASE_URL), on a free port. */
export function startApp(dataDir: string, settings: Record<string, string> = {}): ServerProcess {
  return startServerProcess(MAIN, { env: { KONTAKTPLAN_DATA_DIR: dataDir, DATABASE_URL: "", ...settings } });
}
