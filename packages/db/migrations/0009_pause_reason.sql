-- Why a pause was registered: optional free text, as long as the API admits.
ALTER TABLE "pauses" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "pauses" ADD CONSTRAINT "pauses_reason_length" CHECK (char_length("pauses"."reason") <= 200);