/** Query keys of the jobcentre's slot, proposal, overview and comparison pages. */
export const SLOTS_KEY = ["slots.list"] as const;
export const PROPOSALS_KEY = ["joint.proposals"] as const;
export const COMPLIANCE_KEY = ["compliance.summary"] as const;
export const COMPARE_KEY = ["compare.caseload"] as const;
