import { useId, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { JOINT_PROPOSAL_STATUSES, type JointProposal } from "@kontaktplan/schema";
import { formatDanishDateTime, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { Pager } from "../caseload/Pager.js";
import { PROPOSAL_STATUS_LABEL } from "../akasse/labels.js";
import { pageSlice } from "./paging.js";
import { ProposalDecision } from "./ProposalDecision.js";

type ProposalStatus = (typeof JOINT_PROPOSAL_STATUSES)[number];

/** Answered proposals pile up over time, so the list is shown a page at a time. */
const PAGE_SIZE = 10;

/** The a-kasser's proposed times for fællessamtaler in the kommune: the pending ones to answer, or the answered ones. */
export function ProposalList() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<ProposalStatus>("pending");
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState<JointProposal | null>(null);
  const answerBox = useRef<HTMLDivElement>(null);
  // The answered proposal leaves the list, and focus with it: it moves to the confirmation instead.
  const onDecided = (p: JointProposal) => {
    setAnswer(p);
    requestAnimationFrame(() => answerBox.current?.focus());
  };
  const proposals = useQuery(trpc.joint.proposals.queryOptions({ status }));
  const statusId = useId();
  const showStatus = (next: ProposalStatus) => {
    setStatus(next);
    setPage(1);
  };
  const list = proposals.data ?? [];
  const shown = pageSlice(list, page, PAGE_SIZE);
  return (
    <>
      <div className="field field--inline">
        <label htmlFor={statusId}>Vis forslag</label>
        <select id={statusId} value={status} onChange={(e) => showStatus(e.target.value as ProposalStatus)}>
          {JOINT_PROPOSAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PROPOSAL_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div role="status" ref={answerBox} tabIndex={-1} className={answer ? "success-box" : undefined}>
        {answer ? answerText(answer) : null}
      </div>
      {proposals.isPending ? <Loading what="forslagene" /> : null}
      {proposals.isError ? <ErrorMessage error={proposals.error} title="Forslagene kunne ikke hentes" /> : null}
      {proposals.isSuccess && list.length === 0 ? <p>Ingen forslag med status »{PROPOSAL_STATUS_LABEL[status].toLowerCase()}«.</p> : null}
      {list.length > 0 ? (
        <ul className="proposals">
          {shown.items.map((p) => (
            <li key={p.id} className="proposal">
              <h3>Forslag til fællessamtale med {p.citizenName}</h3>
              {p.rule ? <p>Til fristen {JOINT_RULE_LABEL[p.rule].toLowerCase()}</p> : null}
              {p.status === "pending" ? <ProposalDecision proposal={p} onDecided={onDecided} /> : <Answered proposal={p} />}
            </li>
          ))}
        </ul>
      ) : null}
      {shown.pages > 1 ? <Pager page={shown.page} pages={shown.pages} onPage={setPage} label="Sider med forslag" /> : null}
    </>
  );
}

function answerText(p: JointProposal): string {
  if (p.acceptedTime)
    return `Forslaget er accepteret: fællessamtalen med ${p.citizenName} holdes ${formatDanishDateTime(p.acceptedTime.date, p.acceptedTime.time)}.`;
  return `Forslaget til fællessamtale med ${p.citizenName} er afvist.`;
}

function Answered({ proposal }: { proposal: JointProposal }) {
  return (
    <dl className="facts">
      <dt>Foreslåede tider</dt>
      <dd>{proposal.times.map((t) => formatDanishDateTime(t.date, t.time)).join("; ")}</dd>
      <dt>Svar</dt>
      <dd>
        {PROPOSAL_STATUS_LABEL[proposal.status]}
        {proposal.acceptedTime ? `: fællessamtalen holdes ${formatDanishDateTime(proposal.acceptedTime.date, proposal.acceptedTime.time)}` : null}
        {proposal.declineReason ? `. Begrundelse: ${proposal.declineReason}` : null}
      </dd>
    </dl>
  );
}
