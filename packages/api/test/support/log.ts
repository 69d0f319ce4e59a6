import { asc } from "drizzle-orm";
import { tables, type Database } from "@kontaktplan/db";

export function auditRows(database: Database) {
  return database.db.select().from(tables.auditLog).orderBy(asc(tables.auditLog.id));
}

export function changeRows(database: Database) {
  return database.db.select().from(tables.changeLog).orderBy(asc(tables.changeLog.seq));
}
