/**
 * Fresh, migrated databases of every kind for tests (`@kontaktplan/db/testing`). It lives beside the
 * schema it migrates, so the database package can test itself; other packages take it through
 * `@kontaktplan/testing`. Production code never imports it.
 */
export { startCluster, stopCluster } from "./cluster.js";
export { DATABASE_KINDS, emptyDatabase, freshDatabase } from "./database.js";
export { freePort } from "./free-port.js";
export { freshPglite } from "./pglite.js";
export { freshPostgres, postgresUrl } from "./postgres.js";
