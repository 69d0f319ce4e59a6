export { DATABASE_KINDS, emptyDatabase, freshDatabase, freshPglite, freshPostgres, postgresUrl } from "@kontaktplan/db/testing";
