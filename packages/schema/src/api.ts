/**
 * The API's inputs and outputs (packages/api), one module per group of routers: every procedure
 * speaks these types, so the web portal and the desktop app import them from here and never from
 * the server side.
 */
export * from "./api/common.js";
export * from "./api/account.js";
export * from "./api/settings.js";
export * from "./api/caseload.js";
export * from "./api/citizen.js";
export * from "./api/forloeb.js";
export * from "./api/meetings.js";
export * from "./api/akasse-meetings.js";
export * from "./api/joint.js";
export * from "./api/compliance.js";
export * from "./api/comparison.js";
