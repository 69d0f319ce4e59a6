import { useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CaseloadQuery, ObligationStatus } from "@kontaktplan/schema";
import { formatDanishDate, maskCpr } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { citizenHref } from "../route.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { StatusFilter } from "../components/StatusFilter.js";

const PAGE_SIZE = 25;

/** Jobcentre start page: the caseload sorted by next deadline, filtered and paginated by the API. */
export default function CaseloadPage() {
  const [status, setStatus] = useState<ObligationStatus | "all">("all");
  const [sort, setSort] = useState<CaseloadQuery["sort"]>("nextDeadline");
  const [scope, setScope] = useState<CaseloadQuery["scope"]>("mine");
  const [page, setPage] = useState(1);
  const query = { sort, scope, page, pageSize: PAGE_SIZE, ...(status === "all" ? {} : { status }) };
  const caseload = useQuery({
    queryKey: ["caseload.list", query],
    queryFn: () => api.caseload.list.query(query),
    placeholderData: keepPreviousData,
  });
  const sortId = useId();
  const scopeId = useId();
  // Any change of filter starts again from the first page.
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const pages = caseload.data ? Math.max(1, Math.ceil(caseload.data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <h1>Sagsstamme</h1>
      <div className="filters">
        <StatusFilter value={status} onChange={change(setStatus)} />
        <div className="field field--inline">
          <label htmlFor={sortId}>Sortér efter</label>
          <select id={sortId} value={sort} onChange={(e) => change(setSort)(e.target.value as CaseloadQuery["sort"])}>
            <option value="nextDeadline">Næste frist</option>
            <option value="name">Navn</option>
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={scopeId}>Vis</label>
          <select id={scopeId} value={scope} onChange={(e) => change(setScope)(e.target.value as CaseloadQuery["scope"])}>
            <option value="mine">Mine borgere</option>
            <option value="kommune">Hele kommunen</option>
          </select>
        </div>
      </div>
      {caseload.isPending ? <Loading what="sagsstammen" /> : null}
      {caseload.isError ? <ErrorMessage error={caseload.error} /> : null}
      {caseload.data && caseload.data.rows.length === 0 ? <p>Ingen borgere matcher.</p> : null}
      {caseload.data && caseload.data.rows.length > 0 ? (
        <>
          <table>
            <caption>
              {caseload.data.total} borgere – side {caseload.data.page} af {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">CPR</th>
                <th scope="col">Målgruppe</th>
                <th scope="col">Næste frist</th>
                <th scope="col">Overskredne</th>
                <th scope="col">Åbne</th>
              </tr>
            </thead>
            <tbody>
              {caseload.data.rows.map((r) => (
                <tr key={r.citizenId}>
                  <th scope="row">
                    <a href={citizenHref(r.citizenId)}>{r.name}</a>
                  </th>
                  <td>{maskCpr(r.cpr)}</td>
                  <td>{r.targetGroupLabel ?? "Ingen"}</td>
                  <td>{r.nextDeadline ? formatDanishDate(r.nextDeadline) : "Ingen"}</td>
                  <td>{r.counts.missed}</td>
                  <td>{r.counts.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav aria-label="Sider" className="pager">
            <button type="button" onClick={() => setPage(page - 1)} disabled={page <= 1}>
              Forrige side
            </button>
            <span>
              Side {page} af {pages}
            </span>
            <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pages}>
              Næste side
            </button>
          </nav>
        </>
      ) : null}
    </>
  );
}
