import { ProposalRef, type JointMember, type JointProposal } from "@kontaktplan/schema";
import { formatDanishDateTime, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { PROPOSAL_STATUS_LABEL } from "./labels.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

interface ProposalListProps {
  member: JointMember;
  report: Report;
}

/** The a-kasse's proposals for the member and the jobcentre's answers; a pending one can be taken back. */
export function ProposalList({ member, report }: ProposalListProps) {
  const withdraw = useMemberMutation(
    member.forloebId,
    ProposalRef,
    (input) => api.joint.withdraw.mutate(input),
    { success: () => "Forslaget er trukket tilbage.", failure: "Forslaget kunne ikke trækkes tilbage" },
    report,
  );
  if (member.proposals.length === 0) return <p>Der er ikke sendt forslag til jobcentret for {member.name}.</p>;
  return (
    <>
      <table>
        <caption>Forslag til jobcentret for {member.name}, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Foreslåede tider</th>
            <th scope="col">Status</th>
            <th scope="col">Jobcentrets svar</th>
          </tr>
        </thead>
        <tbody>
          {member.proposals.map((p) => (
            <tr key={p.id}>
              <td>
                <ul className="plain-list">
                  {p.times.map((t) => (
                    <li key={t.startsAt}>{formatDanishDateTime(t.date, t.time)}</li>
                  ))}
                </ul>
              </td>
              <td>{PROPOSAL_STATUS_LABEL[p.status]}</td>
              <td>
                <Answer proposal={p} member={member} />
                {p.status === "pending" ? (
                  <button type="button" className="secondary" disabled={withdraw.busy} onClick={() => withdraw.submit({ proposalId: p.id })}>
                    {withdraw.pendingInput?.proposalId === p.id ? "Trækker forslaget tilbage …" : "Træk forslaget tilbage"}
                    <span className="visually-hidden">: {p.times.map((t) => formatDanishDateTime(t.date, t.time)).join(", ")}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Answer({ proposal, member }: { proposal: JointProposal; member: JointMember }) {
  switch (proposal.status) {
    case "pending":
      return <p className="cell-text">Jobcentret har ikke svaret endnu.</p>;
    case "withdrawn":
      return <p className="cell-text">A-kassen trak forslaget tilbage.</p>;
    case "declined":
      return <p className="cell-text">Afvist: {proposal.declineReason}</p>;
    case "accepted": {
      const at = proposal.acceptedTime;
      // The booking may have changed since: moved, held or cancelled.
      const meeting = member.meetings.find((m) => m.id === proposal.meetingId);
      const since =
        meeting && meeting.status !== "planlagt"
          ? ` Den er siden ${MEETING_STATUS_LABEL[meeting.status].toLowerCase()}.`
          : meeting && at && (meeting.date !== at.date || meeting.time !== at.time)
            ? ` Den er siden flyttet til ${formatDanishDateTime(meeting.date, meeting.time)}.`
            : "";
      return (
        <p className="cell-text">
          {at ? `Fællessamtalen er booket ${formatDanishDateTime(at.date, at.time)}.` : "Accepteret."}
          {since}
        </p>
      );
    }
  }
}
