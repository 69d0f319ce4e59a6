import { useEffect, useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CaseloadQuery } from "@kontaktplan/schema";
import { formatDanishDate } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { citizenHref } from "../route.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { StatusFilter } from "../components/StatusFilter.js";
import { caseloadQuery, filtersHash, parseFilters, type CaseloadFilters } from "../caseload/filters.js";
import { Pager } from "../caseload/Pager.js";
import { TargetGroupFilter } from "../caseload/TargetGroupFilter.js";
import { CASELOAD_KEY } from "../citizen/key.js";

const PAGE_SIZE = 25;

/** Jobcentre start page: the caseload sorted by next deadline, filtered and paginated by the API; the filters live in the URL. */
export default function CaseloadPage() {
  const [filters, setFilters] = useState<CaseloadFilters>(() => parseFilters(window.location.hash));
  const query = caseloadQuery(filters, PAGE_SIZE);
  const caseload = useQuery({
    queryKey: [...CASELOAD_KEY, query],
    queryFn: () => api.caseload.list.query(query),
    placeholderData: keepPreviousData,
  });
  const sortId = useId();
  const scopeId = useId();

  // Replace, not push: the hash router would treat a new entry as a new page and move focus.
  useEffect(() => {
    const hash = filtersHash(filters);
    if (window.location.hash !== hash && !(hash === "#/" && window.location.hash === "")) {
      window.history.replaceState(window.history.state, "", hash);
    }
  }, [filters]);

  const pages = caseload.data ? Math.max(1, Math.ceil(caseload.data.total / PAGE_SIZE)) : 1;
  // A bookmarked page number beyond the list (it has shrunk since) goes to the last page.
  useEffect(() => {
    if (caseload.data && !caseload.isPlaceholderData && filters.page > pages) setFilters((f) => ({ ...f, page: pages }));
  }, [caseload.data, caseload.isPlaceholderData, filters.page, pages]);

  // Any change of filter starts again from the first page.
  const change = <K extends Exclude<keyof CaseloadFilters, "page">>(key: K) => (value: CaseloadFilters[K]) =>
    setFilters((f) => ({ ...f, [key]: value, page: 1 }));

  return (
    <>
      <h1>Sagsstamme</h1>
      <div className="filters">
        <StatusFilter value={filters.status} onChange={change("status")} />
        <TargetGroupFilter value={filters.targetGroup} onChange={change("targetGroup")} />
        <div className="field field--inline">
          <label htmlFor={sortId}>Sortér efter</label>
          <select id={sortId} value={filters.sort} onChange={(e) => change("sort")(e.target.value as CaseloadQuery["sort"])}>
            <option value="nextDeadline">Næste frist</option>
            <option value="name">Navn</option>
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={scopeId}>Vis</label>
          <select id={scopeId} value={filters.scope} onChange={(e) => change("scope")(e.target.value as CaseloadQuery["scope"])}>
            <option value="mine">Mine borgere</option>
            <option value="kommune">Hele kommunen</option>
          </select>
        </div>
      </div>
      {caseload.isPending ? <Loading what="sagsstammen" /> : null}
      {caseload.isError ? <ErrorMessage error={caseload.error} /> : null}
      {caseload.data && caseload.data.total === 0 ? <p role="status">Ingen borgere matcher.</p> : null}
      {caseload.data && caseload.data.rows.length > 0 ? (
        <>
          <table aria-busy={caseload.isPlaceholderData}>
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
                  <td>{r.cprMasked}</td>
                  <td>{r.targetGroupLabel ?? "Ingen"}</td>
                  <td>{r.nextDeadline ? formatDanishDate(r.nextDeadline) : "Ingen"}</td>
                  <td>{r.counts.missed}</td>
                  <td>{r.counts.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager label="Sider i sagsstammen" page={filters.page} pages={pages} onPage={(page) => setFilters((f) => ({ ...f, page }))} />
        </>
      ) : null}
    </>
  );
}
