import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { JointDueRow, ObligationStatus } from "@kontaktplan/schema";
import { formatDanishShortDate, JOINT_RULE_LABEL, StatusBadge } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { bookingHref } from "../route.js";
import { coveredInWindow } from "../akasse/deadlines.js";
import { JOINT_DUE_KEY } from "../query-keys.js";
import { daysLeftText, sortJointDue, type JointSortKey } from "../joint-due-sort.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { StatusFilter } from "../components/StatusFilter.js";

/** A-kasse start page: every joint meeting the a-kasse's dagpenge members still need, overdue first. */
export default function JointDuePage() {
  const due = useQuery({ queryKey: JOINT_DUE_KEY, queryFn: () => api.joint.due.query() });
  const [sortKey, setSortKey] = useState<JointSortKey>("daysLeft");
  const [status, setStatus] = useState<ObligationStatus | "all">("all");

  return (
    <>
      <h1>Fællessamtaler</h1>
      <p>Dine medlemmer på dagpenge, der skal have en fællessamtale med jobcentret. Overskredne frister står først.</p>
      {due.isPending ? <Loading what="fællessamtaler" /> : null}
      {due.isError ? <ErrorMessage error={due.error} /> : null}
      {due.data ? (
        <>
          <StatusFilter value={status} onChange={setStatus} />
          <JointDueTable rows={sortJointDue(due.data.rows, sortKey, status)} sortKey={sortKey} onSort={setSortKey} />
        </>
      ) : null}
    </>
  );
}

function JointDueTable({ rows, sortKey, onSort }: { rows: ReturnType<typeof sortJointDue>; sortKey: JointSortKey; onSort: (key: JointSortKey) => void }) {
  if (rows.length === 0) return <p>Ingen fællessamtaler matcher.</p>;
  const sortable = (key: JointSortKey, label: string) => (
    <th scope="col" aria-sort={sortKey === key ? "ascending" : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sortKey === key ? " ▲" : ""}</span>
      </button>
    </th>
  );
  return (
    <table>
      <caption>{rows.length} fællessamtaler</caption>
      <thead>
        <tr>
          {sortable("name", "Medlem")}
          <th scope="col">Krav</th>
          <th scope="col">Vindue</th>
          {sortable("status", "Status")}
          {sortable("daysLeft", "Frist")}
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.forloebId}:${r.rule}:${r.occurrence}`}>
            <th scope="row">
              {r.name}
              <br />
              <span className="muted">{r.cprMasked}</span>
            </th>
            <td>{JOINT_RULE_LABEL[r.rule]}</td>
            <td>
              {formatDanishShortDate(r.from)} – {formatDanishShortDate(r.to)}
            </td>
            <td>
              <StatusBadge status={r.status} />
              {r.planned.length > 0 ? <span className="muted"> (booket)</span> : null}
              {r.akasseFravalgt ? <span className="muted"> (a-kassen fravalgt)</span> : null}
            </td>
            <td>{daysLeftText(r.daysLeft)}</td>
            <td>
              <a href={bookingHref(r.forloebId, r.rule, r.occurrence)}>
                {actionLabel(r)}
                <span className="visually-hidden">
                  {" "}
                  for {r.name}, {JOINT_RULE_LABEL[r.rule].toLowerCase()}
                </span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every row leads to the member's page; the link says what there is to do there. */
function actionLabel(row: JointDueRow): string {
  if (coveredInWindow(row)) return "Se booking";
  return row.status === "open" || row.status === "upcoming" ? "Book tid" : "Se medlem";
}
