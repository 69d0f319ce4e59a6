import type { JointProposal } from "@kontaktplan/schema";

export const PROPOSAL_STATUS_LABEL: Record<JointProposal["status"], string> = {
  pending: "Afventer svar",
  accepted: "Accepteret",
  declined: "Afvist",
  withdrawn: "Trukket tilbage",
};
