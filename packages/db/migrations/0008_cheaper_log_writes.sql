-- The audit trail keeps no foreign keys: it must outlive the rows it names, and checking (and
-- key-share locking) the same citizens for every read's audit rows cost more than the read.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_citizen_id_citizens_id_fk";
--> statement-breakpoint
-- A kommune's data version is raised once per transaction rather than once per change-log
-- statement: readers compare versions across commits, so one raise covers every write of the
-- transaction, and a sync push no longer updates the same row thousands of times. The mark is a
-- transaction-local setting, undone with a rolled-back savepoint together with the raise itself.
CREATE OR REPLACE FUNCTION "raise_kommune_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kommune text;
BEGIN
  FOR kommune IN SELECT DISTINCT "kommunekode" FROM new_rows LOOP
    CONTINUE WHEN current_setting('kontaktplan.version_raised_' || kommune, true) = 'on';
    INSERT INTO "kommune_versions" AS v ("kommunekode", "version") VALUES (kommune, 1)
      ON CONFLICT ("kommunekode") DO UPDATE SET "version" = v."version" + 1;
    PERFORM set_config('kontaktplan.version_raised_' || kommune, 'on', true);
  END LOOP;
  RETURN NULL;
END
$$;
