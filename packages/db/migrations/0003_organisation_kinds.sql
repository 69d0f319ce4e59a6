-- The composite foreign keys below need (id, kind) to be unique first.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_id_kind_unique" UNIQUE("id","kind");
--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "akasse_kind" text GENERATED ALWAYS AS ('akasse') STORED;
--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "akasse_kind" text GENERATED ALWAYS AS ('akasse') STORED;
--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "jobcenter_kind" text GENERATED ALWAYS AS ('jobcenter') STORED;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organisation_kind" text GENERATED ALWAYS AS (case when role = 'akasse' then 'akasse' when role = 'system_admin' then null else 'jobcenter' end) STORED;
--> statement-breakpoint
ALTER TABLE "citizens" ADD CONSTRAINT "citizens_akasse_is_akasse_fk" FOREIGN KEY ("akasse_id","akasse_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_akasse_is_akasse_fk" FOREIGN KEY ("akasse_id","akasse_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_owner_is_jobcenter_fk" FOREIGN KEY ("jobcenter_id","jobcenter_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_fits_organisation_kind_fk" FOREIGN KEY ("organisation_id","organisation_kind") REFERENCES "public"."organisations"("id","kind") ON DELETE no action ON UPDATE no action;
