-- Rules through time (RULES.md §8): the forløb flags of the enacted regimes, the a-kasse's own
-- jobsamtale (kind `akasse`, like `cv` only on dagpenge by meetings_joint_and_cv_only_on_dagpenge),
-- and LAB 2019's joint meeting between months 3 and 6 as a deadline a booking may serve.
ALTER TABLE "joint_bookings" DROP CONSTRAINT "joint_bookings_rule_valid";--> statement-breakpoint
ALTER TABLE "joint_proposals" DROP CONSTRAINT "joint_proposals_rule_valid";--> statement-breakpoint
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_kind_valid";--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "faellessamtale_inden_3_mdr" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "visiteret_til_jobcenter" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "forloeb" ADD COLUMN "undtaget" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_rule_valid" CHECK ("joint_bookings"."rule" in ('joint-by-3-months', 'joint-by-6-months', 'joint-by-16-months', 'akasse-4-to-6-months', 'joint-3-to-6-months'));--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_rule_valid" CHECK ("joint_proposals"."rule" in ('joint-by-3-months', 'joint-by-6-months', 'joint-by-16-months', 'akasse-4-to-6-months', 'joint-3-to-6-months'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind_valid" CHECK ("meetings"."kind" in ('individuel', 'faelles', 'cv', 'akasse'));--> statement-breakpoint
-- The law in force becomes the default (RULES.md §8): settings still on the old default `forenklet`
-- (the seed's proposal, never law as such) move to `gaeldende`; a kommune that pinned `lab` keeps it.
UPDATE "settings" SET "value" = '"gaeldende"'::jsonb WHERE ("key" = 'ruleSet' OR "key" LIKE 'ruleSet:%') AND "value" = '"forenklet"'::jsonb;
