export { DATABASE_KINDS, emptyDatabase, freshDatabase } from "./database.js";
export { freshPglite } from "./pglite.js";
export { freshPostgres, postgresUrl } from "./postgres.js";
