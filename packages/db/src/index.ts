export * as tables from "./schema.js";
export { USER_ROLES, type UserRole } from "./schema.js";
export { dumpPgliteDataDir, openDatabase, type Database, type Db, type DbKind, type OpenOptions } from "./open.js";
