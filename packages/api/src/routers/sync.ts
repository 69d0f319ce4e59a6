import { PullInput, PullPage, PushInput, PushResult, SnapshotInput, SnapshotPage } from "@kontaktplan/schema";
import { danish } from "../input.js";
import { pullPage } from "../sync/pull.js";
import { pushChanges } from "../sync/push.js";
import { snapshotPage } from "../sync/snapshot.js";
import { jobcentreProcedure, router } from "../trpc.js";

/** The desktop app's sync (packages/sync): jobcentre staff, their own kommune, every read and write audited. */
export const syncRouter = router({
  /** The first download: one page of the caseload's citizens with everything of theirs. */
  snapshot: jobcentreProcedure
    .input(danish(SnapshotInput))
    .output(SnapshotPage)
    .query(({ ctx, input }) => snapshotPage(ctx.db, ctx.scope, input)),

  /** The kommune's changes after a change-log position, as the entities' current versions. */
  pull: jobcentreProcedure
    .input(danish(PullInput))
    .output(PullPage)
    .query(({ ctx, input }) => pullPage(ctx.db, ctx.scope, input)),

  /** Changes made offline, applied in order and exactly once; conflicts leave the server's version. */
  push: jobcentreProcedure
    .input(danish(PushInput))
    .output(PushResult)
    .mutation(({ ctx, input }) => pushChanges({ base: ctx, user: ctx.user, scope: ctx.scope }, input.changes)),
});
