-- Form submissions by idempotency key (a double submit creates one row);
-- slots remember their weekly series and when they were withdrawn.
CREATE TABLE "form_submissions" (
	"user_id" uuid NOT NULL,
	"key" uuid NOT NULL,
	"path" text NOT NULL,
	"result" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "slots_series_idx" ON "slots" USING btree ("series_id");