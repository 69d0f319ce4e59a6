-- A citizen's forløb must not overlap; both ends are inclusive and an open end runs forever
-- (RULES.md §2.5). Drizzle cannot express EXCLUDE, so this migration is written by hand.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_no_overlap_per_citizen"
  EXCLUDE USING gist ("citizen_id" WITH =, daterange("start", "end", '[]') WITH &&);
