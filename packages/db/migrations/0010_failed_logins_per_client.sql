-- The login rate limit counts failures per e-mail AND client address, so nobody can lock another
-- person out from elsewhere; old per-e-mail counts are only rate-limit state and are dropped.
DELETE FROM "failed_logins";--> statement-breakpoint
DROP INDEX "failed_logins_email_at_idx";--> statement-breakpoint
ALTER TABLE "failed_logins" ADD COLUMN "client" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "failed_logins_email_client_at_idx" ON "failed_logins" USING btree ("email","client","at");--> statement-breakpoint
CREATE INDEX "failed_logins_client_at_idx" ON "failed_logins" USING btree ("client","at");--> statement-breakpoint
CREATE INDEX "failed_logins_at_idx" ON "failed_logins" USING btree ("at");
