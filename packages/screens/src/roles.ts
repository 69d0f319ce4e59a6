import type { UserRoleCode } from "@kontaktplan/schema";

export const ROLE_LABEL: Record<UserRoleCode, string> = {
  sagsbehandler: "sagsbehandler",
  jobcenter_admin: "jobcenteradministrator",
  akasse: "a-kassemedarbejder",
  akasse_admin: "a-kasseadministrator",
  system_admin: "systemadministrator",
};
