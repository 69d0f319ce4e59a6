CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"citizen_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kommunekode" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"op" text NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kommunekode" text NOT NULL,
	"cpr" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"akasse_id" uuid,
	"caseworker_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_cpr_unique" UNIQUE("cpr"),
	CONSTRAINT "citizens_cpr_format" CHECK ("citizens"."cpr" ~ '^[0-9]{10}$')
);
--> statement-breakpoint
CREATE TABLE "failed_logins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forloeb" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"ydelse" text NOT NULL,
	"start" date NOT NULL,
	"end" date,
	"visitation" text,
	"hjaelpstype" text,
	"forventet_fravaer_over_8_uger" boolean,
	"risiko_uarbejdsdygtig_efter_4_aar" boolean DEFAULT false NOT NULL,
	"akasse_fravalgt" boolean DEFAULT false NOT NULL,
	"i_integrationsprogram" boolean DEFAULT false NOT NULL,
	"visitationsdato" date,
	"akasse_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forloeb_id_ydelse_unique" UNIQUE("id","ydelse"),
	CONSTRAINT "forloeb_id_ydelse_akasse_unique" UNIQUE("id","ydelse","akasse_id"),
	CONSTRAINT "forloeb_end_after_start" CHECK ("forloeb"."end" is null or "forloeb"."end" >= "forloeb"."start"),
	CONSTRAINT "forloeb_akasse_only_on_dagpenge" CHECK ("forloeb"."akasse_id" is null or "forloeb"."ydelse" = 'dagpenge')
);
--> statement-breakpoint
CREATE TABLE "joint_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"forloeb_id" uuid NOT NULL,
	"ydelse" text DEFAULT 'dagpenge' NOT NULL,
	"akasse_id" uuid NOT NULL,
	"meeting_id" uuid,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_bookings_dagpenge_only" CHECK ("joint_bookings"."ydelse" = 'dagpenge')
);
--> statement-breakpoint
CREATE TABLE "joint_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forloeb_id" uuid NOT NULL,
	"ydelse" text DEFAULT 'dagpenge' NOT NULL,
	"akasse_id" uuid NOT NULL,
	"times" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"accepted_time" timestamp with time zone,
	"decline_reason" text,
	"meeting_id" uuid,
	"created_by" uuid,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_proposals_dagpenge_only" CHECK ("joint_proposals"."ydelse" = 'dagpenge'),
	CONSTRAINT "joint_proposals_one_to_three_times" CHECK (jsonb_array_length("joint_proposals"."times") between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forloeb_id" uuid NOT NULL,
	"ydelse" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"form" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cancel_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_joint_and_cv_only_on_dagpenge" CHECK ("meetings"."kind" = 'individuel' or "meetings"."ydelse" = 'dagpenge'),
	CONSTRAINT "meetings_cancel_reason_when_cancelled" CHECK ("meetings"."status" <> 'aflyst' or "meetings"."cancel_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"kommunekode" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kommunekode_unique" UNIQUE("kommunekode"),
	CONSTRAINT "organisations_kommunekode_fits_kind" CHECK (("organisations"."kind" = 'jobcenter') = ("organisations"."kommunekode" is not null)),
	CONSTRAINT "organisations_kommunekode_format" CHECK ("organisations"."kommunekode" is null or "organisations"."kommunekode" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forloeb_id" uuid NOT NULL,
	"from" date NOT NULL,
	"to" date NOT NULL,
	CONSTRAINT "pauses_to_after_from" CHECK ("pauses"."to" >= "pauses"."from")
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forloeb_id" uuid NOT NULL,
	"date" date NOT NULL,
	"by" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jobcenter_id" uuid NOT NULL,
	"caseworker_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slots_end_after_start" CHECK ("slots"."ends_at" > "slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"team_id" uuid,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_organisation_fits_role" CHECK (("users"."role" = 'system_admin') = ("users"."organisation_id" is null))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_kommunekode_organisations_kommunekode_fk" FOREIGN KEY ("kommunekode") REFERENCES "public"."organisations"("kommunekode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_akasse_id_organisations_id_fk" FOREIGN KEY ("akasse_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_caseworker_id_users_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_akasse_id_organisations_id_fk" FOREIGN KEY ("akasse_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_dagpenge_forloeb_of_akasse_fk" FOREIGN KEY ("forloeb_id","ydelse","akasse_id") REFERENCES "public"."forloeb"("id","ydelse","akasse_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_dagpenge_forloeb_of_akasse_fk" FOREIGN KEY ("forloeb_id","ydelse","akasse_id") REFERENCES "public"."forloeb"("id","ydelse","akasse_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_forloeb_fk" FOREIGN KEY ("forloeb_id","ydelse") REFERENCES "public"."forloeb"("id","ydelse") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pauses" ADD CONSTRAINT "pauses_forloeb_id_forloeb_id_fk" FOREIGN KEY ("forloeb_id") REFERENCES "public"."forloeb"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_forloeb_id_forloeb_id_fk" FOREIGN KEY ("forloeb_id") REFERENCES "public"."forloeb"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_jobcenter_id_organisations_id_fk" FOREIGN KEY ("jobcenter_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_caseworker_id_users_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_citizen_idx" ON "audit_log" USING btree ("citizen_id","at");--> statement-breakpoint
CREATE INDEX "change_log_kommune_seq_idx" ON "change_log" USING btree ("kommunekode","seq");--> statement-breakpoint
CREATE INDEX "citizens_kommune_idx" ON "citizens" USING btree ("kommunekode");--> statement-breakpoint
CREATE INDEX "citizens_caseworker_idx" ON "citizens" USING btree ("caseworker_id");--> statement-breakpoint
CREATE INDEX "citizens_akasse_idx" ON "citizens" USING btree ("akasse_id");--> statement-breakpoint
CREATE INDEX "failed_logins_email_at_idx" ON "failed_logins" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "forloeb_citizen_idx" ON "forloeb" USING btree ("citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_bookings_one_active_per_slot" ON "joint_bookings" USING btree ("slot_id") WHERE "joint_bookings"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "meetings_forloeb_idx" ON "meetings" USING btree ("forloeb_id","date");--> statement-breakpoint
CREATE INDEX "pauses_forloeb_idx" ON "pauses" USING btree ("forloeb_id");--> statement-breakpoint
CREATE INDEX "requests_forloeb_idx" ON "requests" USING btree ("forloeb_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "slots_jobcenter_idx" ON "slots" USING btree ("jobcenter_id","starts_at");