-- Bookings and proposals record the joint deadline they serve. Rows from before this migration
-- keep rule and occurrence null: a meeting in the 3-month window also counts toward the 6-month
-- deadline, and the kommune's rule set may have changed since, so their deadline cannot be told
-- reliably; null deadlines are never unique-checked. An accepted proposal now gets a booking
-- without a slot, so one index covers both ways of arranging a deadline's fællessamtale.
ALTER TABLE "joint_bookings" DROP CONSTRAINT "joint_bookings_status_valid";--> statement-breakpoint
-- A booking whose meeting was held or missed no longer holds its deadline (the new status
-- `completed`), so a missed meeting's deadline can be booked again.
UPDATE "joint_bookings" SET "status" = 'completed' FROM "meetings"
  WHERE "meetings"."id" = "joint_bookings"."meeting_id" AND "joint_bookings"."status" = 'booked'
    AND "meetings"."status" IN ('afholdt', 'udeblevet');--> statement-breakpoint
ALTER TABLE "joint_bookings" ALTER COLUMN "slot_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD COLUMN "proposal_id" uuid;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD COLUMN "rule" text;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD COLUMN "occurrence" integer;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD COLUMN "rule" text;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD COLUMN "occurrence" integer;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_proposal_id_joint_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."joint_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "joint_bookings_one_active_per_deadline" ON "joint_bookings" USING btree ("forloeb_id","rule","occurrence") WHERE "joint_bookings"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "joint_bookings_meeting_idx" ON "joint_bookings" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_proposals_one_pending_per_deadline" ON "joint_proposals" USING btree ("forloeb_id","rule","occurrence") WHERE "joint_proposals"."status" = 'pending';--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_slot_or_proposal" CHECK (("joint_bookings"."slot_id" is null) <> ("joint_bookings"."proposal_id" is null));--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_deadline_complete" CHECK (("joint_bookings"."rule" is null) = ("joint_bookings"."occurrence" is null));--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_rule_valid" CHECK ("joint_bookings"."rule" in ('joint-by-3-months', 'joint-by-6-months', 'joint-by-16-months', 'akasse-4-to-6-months'));--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_occurrence_positive" CHECK ("joint_bookings"."occurrence" >= 1);--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_status_valid" CHECK ("joint_bookings"."status" in ('booked', 'completed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_deadline_complete" CHECK (("joint_proposals"."rule" is null) = ("joint_proposals"."occurrence" is null));--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_rule_valid" CHECK ("joint_proposals"."rule" in ('joint-by-3-months', 'joint-by-6-months', 'joint-by-16-months', 'akasse-4-to-6-months'));--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_occurrence_positive" CHECK ("joint_proposals"."occurrence" >= 1);
