import type { ScopeOf } from "../tenancy/scope.js";

/** Only jobcentre staff sync a caseload to a desktop. */
export type JobcentreScope = ScopeOf<"sagsbehandler"> | ScopeOf<"jobcenter_admin">;
