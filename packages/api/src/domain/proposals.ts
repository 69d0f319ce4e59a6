import type { JointProposal } from "@kontaktplan/schema";
import type { VisibleProposal } from "../tenancy/visibility.js";
import { copenhagenDateTime, isoInstant } from "../time.js";

function proposedTime(stored: string): JointProposal["times"][number] {
  const startsAt = isoInstant(stored);
  return { startsAt, ...copenhagenDateTime(startsAt) };
}

export function proposalRecordOf(row: VisibleProposal["proposal"], citizenName: string): JointProposal {
  return {
    id: row.id,
    forloebId: row.forloebId,
    citizenName,
    rule: row.rule,
    occurrence: row.occurrence,
    status: row.status,
    times: row.times.map(proposedTime),
    acceptedTime: row.acceptedTime === null ? null : proposedTime(row.acceptedTime),
    meetingId: row.meetingId,
    declineReason: row.declineReason,
  };
}
