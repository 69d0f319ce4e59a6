-- Ids of the rows the API creates. Normally a random uuid. While the sync push replays a desktop's
-- change, `kontaktplan.assigned_ids` holds the ids the desktop chose ([[table, id], ...] in creation
-- order) and each insert takes the next one for its table, so the server keeps the desktop's ids.
-- With `kontaktplan.capture_ids` on (the desktop's database), every id drawn is appended to
-- `kontaktplan.created_ids`, which the outbox stores with the change. All three are settings of
-- the current transaction (or session), so nothing leaks from one change to the next.
CREATE FUNCTION "kontaktplan_new_id"(tbl text) RETURNS uuid LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  assigned jsonb := nullif(current_setting('kontaktplan.assigned_ids', true), '')::jsonb;
  pos integer;
  new_id uuid;
BEGIN
  IF assigned IS NOT NULL THEN
    SELECT e.ord - 1 INTO pos FROM jsonb_array_elements(assigned) WITH ORDINALITY AS e(pair, ord)
      WHERE e.pair ->> 0 = tbl ORDER BY e.ord LIMIT 1;
  END IF;
  IF pos IS NULL THEN
    new_id := gen_random_uuid();
  ELSE
    new_id := (assigned -> pos ->> 1)::uuid;
    PERFORM set_config('kontaktplan.assigned_ids', (assigned - pos)::text, true);
  END IF;
  IF current_setting('kontaktplan.capture_ids', true) = 'on' THEN
    PERFORM set_config(
      'kontaktplan.created_ids',
      (coalesce(nullif(current_setting('kontaktplan.created_ids', true), '')::jsonb, '[]'::jsonb)
        || jsonb_build_array(jsonb_build_array(tbl, new_id)))::text,
      true
    );
  END IF;
  RETURN new_id;
END
$$;
--> statement-breakpoint
CREATE TABLE "sync_applied" (
	"user_id" uuid NOT NULL,
	"key" uuid NOT NULL,
	"change_id" uuid NOT NULL,
	"result" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_applied_user_id_key_pk" PRIMARY KEY("user_id","key"),
	CONSTRAINT "sync_applied_change_unique" UNIQUE("user_id","change_id")
);
--> statement-breakpoint
CREATE TABLE "sync_heads" (
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"change_id" uuid,
	CONSTRAINT "sync_heads_entity_entity_id_pk" PRIMARY KEY("entity","entity_id")
);
--> statement-breakpoint
CREATE TABLE "sync_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"position" bigserial NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"path" text NOT NULL,
	"input" jsonb,
	"created_ids" jsonb NOT NULL,
	"base" jsonb NOT NULL,
	"local" jsonb NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"result" jsonb,
	CONSTRAINT "sync_outbox_position_unique" UNIQUE("position"),
	CONSTRAINT "sync_outbox_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "sync_outbox_status_valid" CHECK ("sync_outbox"."status" in ('pending', 'conflict'))
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"user_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"cursor" bigint,
	"download_seq" bigint,
	"download_after" uuid,
	"last_sync_at" timestamp with time zone,
	CONSTRAINT "sync_state_one_row" CHECK ("sync_state"."id" = 1),
	CONSTRAINT "sync_state_scope_valid" CHECK ("sync_state"."scope" in ('mine', 'kommune'))
);
--> statement-breakpoint
ALTER TABLE "forloeb" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('forloeb');--> statement-breakpoint
ALTER TABLE "joint_bookings" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('joint_bookings');--> statement-breakpoint
ALTER TABLE "joint_proposals" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('joint_proposals');--> statement-breakpoint
ALTER TABLE "meetings" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('meetings');--> statement-breakpoint
ALTER TABLE "pauses" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('pauses');--> statement-breakpoint
ALTER TABLE "requests" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('requests');--> statement-breakpoint
ALTER TABLE "slots" ALTER COLUMN "id" SET DEFAULT kontaktplan_new_id('slots');--> statement-breakpoint
ALTER TABLE "sync_applied" ADD CONSTRAINT "sync_applied_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sync_outbox_status_idx" ON "sync_outbox" USING btree ("status","position");--> statement-breakpoint
CREATE INDEX "change_log_entity_seq_idx" ON "change_log" USING btree ("entity_id","seq");
--> statement-breakpoint
-- change_log.seq in commit order within a kommune: a row draws its position only while holding
-- its kommune's lock, which is kept to the end of the transaction. Without it a transaction could
-- commit position 8 after another committed 9, and a desktop that had pulled up to 9 would never
-- see 8. (The column default's number is drawn first and discarded.)
CREATE FUNCTION "change_log_seq_in_commit_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('kontaktplan.change_log'), hashtext(NEW.kommunekode));
  NEW.seq := nextval(pg_get_serial_sequence('change_log', 'seq'));
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "change_log_seq_in_commit_order" BEFORE INSERT ON "change_log"
  FOR EACH ROW EXECUTE FUNCTION "change_log_seq_in_commit_order"();
