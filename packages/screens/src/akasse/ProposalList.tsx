import { ProposalRef, type JointDueRow, type JointMember, type JointProposal } from "@kontaktplan/schema";
import { formatDanishDateTime, JOINT_RULE_LABEL, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { proposalsFor, proposalsWithoutDeadline } from "./deadlines.js";
import { PROPOSAL_STATUS_LABEL } from "./labels.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

interface ProposalListProps {
  member: JointMember;
  obligation: JointDueRow;
  report: Report;
}

type Withdraw = ReturnType<typeof useWithdraw>;

function useWithdraw(member: JointMember, report: Report) {
  const api = useApi();
  return useMemberMutation(
    member.forloebId,
    ProposalRef,
    (input) => api.joint.withdraw.mutate(input),
    { success: () => "Forslaget er trukket tilbage.", failure: "Forslaget kunne ikke trækkes tilbage" },
    report,
  );
}

/**
 * The a-kasse's proposals for this deadline and the jobcentre's answers; a pending one can be taken
 * back. Proposals sent before deadlines were recorded are listed apart, since they may be for any.
 */
export function ProposalList({ member, obligation, report }: ProposalListProps) {
  const withdraw = useWithdraw(member, report);
  const own = proposalsFor(member, obligation);
  const older = proposalsWithoutDeadline(member);
  const deadline = JOINT_RULE_LABEL[obligation.rule].toLowerCase();
  return (
    <>
      {own.length === 0 ? (
        <p>Der er ikke sendt forslag til jobcentret for denne frist.</p>
      ) : (
        <ProposalTable
          caption={`Forslag til jobcentret for ${member.name} til fristen ${deadline}, nyeste først`}
          proposals={own}
          member={member}
          withdraw={withdraw}
        />
      )}
      {older.length > 0 ? (
        <ProposalTable
          caption={`Ældre forslag til jobcentret for ${member.name} uden angivet frist, nyeste først`}
          proposals={older}
          member={member}
          withdraw={withdraw}
        />
      ) : null}
    </>
  );
}

function ProposalTable({ caption, proposals, member, withdraw }: { caption: string; proposals: JointProposal[]; member: JointMember; withdraw: Withdraw }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Foreslåede tider</th>
          <th scope="col">Status</th>
          <th scope="col">Jobcentrets svar</th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => (
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
