-- The a-kasse admin role: a role of an a-kasse. The generated organisation_kind cannot be altered
-- in place before PostgreSQL 17, so it is dropped (with the foreign key on it) and added again.
ALTER TABLE "users" DROP CONSTRAINT "users_role_valid";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_fits_organisation_kind_fk";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "organisation_kind";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organisation_kind" text GENERATED ALWAYS AS (case when role in ('akasse', 'akasse_admin') then 'akasse' when role = 'system_admin' then null else 'jobcenter' end) STORED;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("users"."role" in ('sagsbehandler', 'jobcenter_admin', 'akasse', 'akasse_admin', 'system_admin'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_fits_organisation_kind_fk" FOREIGN KEY ("organisation_id","organisation_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_id_organisation_unique" UNIQUE("id","organisation_id");--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_organisation_name_unique" UNIQUE("organisation_id","name");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_of_own_organisation_fk" FOREIGN KEY ("team_id","organisation_id") REFERENCES "public"."teams"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_id_unique" UNIQUE("id");--> statement-breakpoint
CREATE INDEX "audit_log_admin_idx" ON "audit_log" USING btree ("at") WHERE "audit_log"."action" like 'admin.%';
