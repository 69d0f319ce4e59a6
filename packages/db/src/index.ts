export * as tables from "./schema.js";
export type { UserRole } from "./schema.js";
export { dumpPgliteDataDir, openDatabase, type Database, type Db, type DbKind, type OpenOptions } from "./open.js";
export { onlyRow } from "./rows.js";
