ALTER TABLE "forloeb" ADD COLUMN "changed_from_id" uuid;--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "changed_from_end" date;--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_changed_from_id_forloeb_id_fk" FOREIGN KEY ("changed_from_id") REFERENCES "public"."forloeb"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_changed_at_with_from" CHECK ("forloeb"."changed_from_id" is null or "forloeb"."changed_at" is not null);