CREATE TABLE "kommune_versions" (
	"kommunekode" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
DROP INDEX "citizens_caseworker_idx";--> statement-breakpoint
CREATE INDEX "citizens_caseworker_kommune_idx" ON "citizens" USING btree ("caseworker_id","kommunekode");--> statement-breakpoint
-- Raised once per statement that writes change_log, for each kommune it names, inside the writing
-- transaction: readers compare versions to know whether what they computed is still current.
-- A kommune without a row has version 0.
CREATE FUNCTION "raise_kommune_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "kommune_versions" AS v ("kommunekode", "version")
    SELECT DISTINCT "kommunekode", 1 FROM new_rows
    ON CONFLICT ("kommunekode") DO UPDATE SET "version" = v."version" + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "change_log_raises_kommune_versions" AFTER INSERT ON "change_log"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "raise_kommune_versions"();
