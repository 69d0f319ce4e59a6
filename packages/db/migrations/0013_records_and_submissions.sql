-- Form submissions by idempotency key (a double submit creates one row); slots remember their weekly
-- series and when they were withdrawn; a jobcentre has an address (calendar files); a joint deadline
-- holds one booking per seat, as many seats as fællessamtaler it requires.
CREATE TABLE "form_submissions" (
	"user_id" uuid NOT NULL,
	"key" uuid NOT NULL,
	"path" text NOT NULL,
	"result" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "slots_series_idx" ON "slots" USING btree ("series_id");--> statement-breakpoint
DROP INDEX "joint_bookings_one_active_per_deadline";--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD COLUMN "seat" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "joint_bookings_one_active_per_seat" ON "joint_bookings" USING btree ("forloeb_id","rule","occurrence","seat") WHERE "joint_bookings"."status" = 'booked';--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_seat_positive" CHECK ("joint_bookings"."seat" >= 1);