/**
 * Administration, role by role: the system admin's organisations and their administrators; each
 * organisation's admin its own users; the jobcentre admin its teams and who holds which citizens;
 * every admin the audit view of their organisation. Every change is audited (`admin-audit.ts`).
 */
import {
  AdminUser,
  AssignInput,
  AssignmentPage,
  AssignmentQuery,
  AssignResult,
  AuditPage,
  AuditQuery,
  OrganisationCreateInput,
  OrganisationListItem,
  TeamCreateInput,
  TeamRecord,
  TeamRenameInput,
  UserCreateInput,
  UserListQuery,
  UserRef,
  UserSetActiveInput,
  UserUpdateInput,
  UserWithPassword,
} from "@kontaktplan/schema";
import { assign, assignmentPage } from "../domain/admin/assignment.js";
import { auditPage } from "../domain/admin/audit-view.js";
import { createOrganisation, listOrganisations } from "../domain/admin/organisations.js";
import { createTeam, listTeams, renameTeam } from "../domain/admin/teams.js";
import { createUser, listUsers, resetPassword, setActive, updateUser } from "../domain/admin/users.js";
import { danish } from "../input.js";
import { rolesProcedure, router } from "../trpc.js";

const systemAdmin = rolesProcedure("system_admin");
const userAdmin = rolesProcedure("system_admin", "jobcenter_admin", "akasse_admin");
const jobcentreAdmin = rolesProcedure("jobcenter_admin");

export const adminRouter = router({
  organisations: router({
    list: systemAdmin.output(OrganisationListItem.array()).query(({ ctx }) => listOrganisations(ctx.db)),
    create: systemAdmin
      .input(danish(OrganisationCreateInput))
      .output(OrganisationListItem)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => createOrganisation(tx, ctx.scope, input))),
  }),

  users: router({
    list: userAdmin
      .input(danish(UserListQuery))
      .output(AdminUser.array())
      .query(({ ctx, input }) => listUsers(ctx.db, ctx.scope, input.organisationId)),
    /** Answers the new user's one-time password, once. */
    create: userAdmin
      .input(danish(UserCreateInput))
      .output(UserWithPassword)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => createUser(tx, ctx.scope, input))),
    update: userAdmin
      .input(danish(UserUpdateInput))
      .output(AdminUser)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => updateUser(tx, ctx.scope, input))),
    setActive: userAdmin
      .input(danish(UserSetActiveInput))
      .output(AdminUser)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => setActive(tx, ctx.scope, input.userId, input.active))),
    resetPassword: userAdmin
      .input(danish(UserRef))
      .output(UserWithPassword)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => resetPassword(tx, ctx.scope, input.userId))),
  }),

  teams: router({
    list: jobcentreAdmin.output(TeamRecord.array()).query(({ ctx }) => listTeams(ctx.db, ctx.scope)),
    create: jobcentreAdmin
      .input(danish(TeamCreateInput))
      .output(TeamRecord)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => createTeam(tx, ctx.scope, input.name))),
    rename: jobcentreAdmin
      .input(danish(TeamRenameInput))
      .output(TeamRecord)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => renameTeam(tx, ctx.scope, input.teamId, input.name))),
  }),

  assignment: router({
    list: jobcentreAdmin
      .input(danish(AssignmentQuery))
      .output(AssignmentPage)
      .query(({ ctx, input }) => assignmentPage(ctx.db, ctx.scope, input)),
    assign: jobcentreAdmin
      .input(danish(AssignInput))
      .output(AssignResult)
      .mutation(({ ctx, input }) => ctx.db.transaction((tx) => assign(tx, ctx.scope, input))),
  }),

  audit: router({
    list: userAdmin
      .input(danish(AuditQuery))
      .output(AuditPage)
      .query(({ ctx, input }) => auditPage(ctx.db, ctx.scope, input)),
  }),
});
