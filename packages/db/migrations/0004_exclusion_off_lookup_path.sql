-- The exclusion constraint's GiST index (uuid =, daterange &&) is a poor index for plain
-- "citizen_id = x" lookups, yet the planner picks it over forloeb_citizen_idx: at 1,000,000 forløb
-- each lookup cost ~25 ms and thousands of buffers. Keyed on citizen_id::text the constraint
-- still forbids overlaps but no longer offers itself for those lookups.
ALTER TABLE "forloeb" DROP CONSTRAINT "forloeb_no_overlap_per_citizen";
--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_no_overlap_per_citizen"
  EXCLUDE USING gist (("citizen_id"::text) WITH =, daterange("start", "end", '[]') WITH &&);
