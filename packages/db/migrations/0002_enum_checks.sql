ALTER TABLE "change_log" ADD CONSTRAINT "change_log_op_valid" CHECK ("change_log"."op" in ('upsert', 'delete'));--> statement-breakpoint
ALTER TABLE "forloeb" ADD CONSTRAINT "forloeb_ydelse_valid" CHECK ("forloeb"."ydelse" in ('dagpenge', 'kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse', 'sygedagpenge', 'ressourceforloeb', 'jobafklaringsforloeb', 'revalidering', 'ledighedsydelse', 'foertidspension', 'fleksjob', 'selvforsoergende', 'ingen'));--> statement-breakpoint
ALTER TABLE "joint_bookings" ADD CONSTRAINT "joint_bookings_status_valid" CHECK ("joint_bookings"."status" in ('booked', 'cancelled'));--> statement-breakpoint
ALTER TABLE "joint_proposals" ADD CONSTRAINT "joint_proposals_status_valid" CHECK ("joint_proposals"."status" in ('pending', 'accepted', 'declined', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_kind_valid" CHECK ("meetings"."kind" in ('individuel', 'faelles', 'cv'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_status_valid" CHECK ("meetings"."status" in ('planlagt', 'afholdt', 'aflyst', 'udeblevet'));--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_form_valid" CHECK ("meetings"."form" is null or "meetings"."form" in ('fremmoede', 'telefon', 'video', 'digital'));--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind_valid" CHECK ("organisations"."kind" in ('jobcenter', 'akasse'));--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_by_valid" CHECK ("requests"."by" in ('borger', 'jobcenter'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("users"."role" in ('sagsbehandler', 'jobcenter_admin', 'akasse', 'system_admin'));