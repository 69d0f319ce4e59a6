import { copenhagenToday } from "@kontaktplan/rules/dates";

/**
 * The instant every end-to-end run starts at, on the server (KONTAKTPLAN_TEST_NOW) and in the
 * browser (fixtures.ts): the demo data is laid out around its day, so the tests see the same
 * citizens and deadlines on whatever day the suite runs. A Wednesday morning, mid-March.
 */
export const E2E_NOW = "2026-03-11T09:30:00+01:00";

/** The Danish calendar day of the run, for the specs' own date arithmetic (never the machine's). */
export const E2E_TODAY = copenhagenToday(new Date(E2E_NOW));
