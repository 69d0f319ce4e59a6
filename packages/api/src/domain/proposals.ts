import type { JointProposal } from "@kontaktplan/schema";
import type { VisibleProposal } from "../tenancy/visibility.js";
import { copenhagenDateTime, isoInstant } from "../time.js";

export function proposalRecordOf(row: VisibleProposal["proposal"], citizenName: string): JointProposal {
  return {
    id: row.id,
    forloebId: row.forloebId,
    citizenName,
    status: row.status,
    times: row.times.map((t) => {
      const startsAt = isoInstant(t);
      return { startsAt, ...copenhagenDateTime(startsAt) };
    }),
    meetingId: row.meetingId,
    declineReason: row.declineReason,
  };
}
