export { DATABASE_KINDS, emptyDatabase, freePort, freshDatabase, freshPglite, freshPostgres, postgresUrl } from "@kontaktplan/db/testing";
