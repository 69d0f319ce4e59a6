ALTER TABLE "change_log" ADD COLUMN "citizen_id" uuid;--> statement-breakpoint
ALTER TABLE "change_log" ADD COLUMN "version" bigint;--> statement-breakpoint
CREATE INDEX "change_log_kommune_version_idx" ON "change_log" USING btree ("kommunekode","version");--> statement-breakpoint
-- Each change-log row is stamped with the kommune version its transaction raised (raised once per
-- transaction, on its first change of the kommune, as in 0008) and with the citizen it touches,
-- found from the entity's row or, for a deleted row, the forløb its payload names. A server that
-- holds results at version v then recomputes exactly the citizens of the rows with a version
-- above v: the row lock on kommune_versions orders the raises by commit.
DROP TRIGGER "change_log_raises_kommune_versions" ON "change_log";
--> statement-breakpoint
DROP FUNCTION "raise_kommune_versions"();
--> statement-breakpoint
CREATE FUNCTION "stamp_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  raised text := current_setting('kontaktplan.kommune_version_' || NEW."kommunekode", true);
  of_forloeb uuid;
BEGIN
  IF raised IS NULL OR raised = '' THEN
    INSERT INTO "kommune_versions" AS v ("kommunekode", "version") VALUES (NEW."kommunekode", 1)
      ON CONFLICT ("kommunekode") DO UPDATE SET "version" = v."version" + 1
      RETURNING v."version"::text INTO raised;
    PERFORM set_config('kontaktplan.kommune_version_' || NEW."kommunekode", raised, true);
  END IF;
  NEW."version" := raised::bigint;
  IF NEW."citizen_id" IS NULL AND NEW."entity" = 'citizen' THEN
    NEW."citizen_id" := NEW."entity_id";
  ELSIF NEW."citizen_id" IS NULL THEN
    of_forloeb := CASE NEW."entity"
      WHEN 'forloeb' THEN NEW."entity_id"
      WHEN 'pause' THEN (SELECT "forloeb_id" FROM "pauses" WHERE "id" = NEW."entity_id")
      WHEN 'meeting' THEN (SELECT "forloeb_id" FROM "meetings" WHERE "id" = NEW."entity_id")
      WHEN 'request' THEN (SELECT "forloeb_id" FROM "requests" WHERE "id" = NEW."entity_id")
      WHEN 'joint_booking' THEN (SELECT "forloeb_id" FROM "joint_bookings" WHERE "id" = NEW."entity_id")
      WHEN 'joint_proposal' THEN (SELECT "forloeb_id" FROM "joint_proposals" WHERE "id" = NEW."entity_id")
    END;
    IF of_forloeb IS NULL AND NEW."payload" ->> 'forloebId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      of_forloeb := (NEW."payload" ->> 'forloebId')::uuid;
    END IF;
    NEW."citizen_id" := (SELECT "citizen_id" FROM "forloeb" WHERE "id" = of_forloeb);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "change_log_stamps" BEFORE INSERT ON "change_log" FOR EACH ROW EXECUTE FUNCTION "stamp_change"();
