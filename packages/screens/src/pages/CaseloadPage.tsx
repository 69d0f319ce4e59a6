import { useEffect, useId } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CaseloadQuery, CitizenSummary } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishShortDate } from "@kontaktplan/ui";
import { useApi, useTRPC, type ApiClient } from "../api.js";
import { citizenHref, pageHref } from "../route.js";
import { useHashState } from "../hash-state.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { StatusFilter } from "../components/StatusFilter.js";
import { caseloadQuery, DEFAULT_FILTERS, filtersHash, parseFilters, sortBy, type CaseloadFilters } from "../caseload/filters.js";
import { Pager } from "../caseload/Pager.js";
import { SearchBox } from "../caseload/SearchBox.js";
import { SortHeader } from "../caseload/SortHeader.js";
import { TargetGroupFilter } from "../caseload/TargetGroupFilter.js";
import { urgencyOf } from "../caseload/urgency.js";
import { ExportButton } from "../export/ExportButton.js";
import { caseloadCsv } from "../export/tables.js";

const PAGE_SIZE = 25;
/** The API's largest page: an export reads the whole filtered list in pages of this size. */
const EXPORT_PAGE_SIZE = 200;

async function wholeList(api: ApiClient, filters: CaseloadFilters): Promise<CitizenSummary[]> {
  const rows: CitizenSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await api.caseload.list.query(caseloadQuery({ ...filters, page }, EXPORT_PAGE_SIZE));
    rows.push(...result.rows);
    if (rows.length >= result.total || result.rows.length === 0) return rows;
  }
}

/**
 * Jobcentre start page: the caseload as a worklist, overdue first, searched, filtered, sorted and
 * paginated by the API; all of it lives in the URL and the browser history.
 */
export default function CaseloadPage() {
  const api = useApi();
  const trpc = useTRPC();
  const [filters, setFilters] = useHashState(parseFilters, filtersHash);
  const query = caseloadQuery(filters, PAGE_SIZE);
  const caseload = useQuery(trpc.caseload.list.queryOptions(query, { placeholderData: keepPreviousData }));
  const sortId = useId();
  const scopeId = useId();

  const pages = caseload.data ? Math.max(1, Math.ceil(caseload.data.total / PAGE_SIZE)) : 1;
  // A bookmarked page number beyond the list (it has shrunk since) goes to the last page.
  useEffect(() => {
    if (caseload.data && !caseload.isPlaceholderData && filters.page > pages) setFilters((f) => ({ ...f, page: pages }), { replace: true });
  }, [caseload.data, caseload.isPlaceholderData, filters.page, pages, setFilters]);

  // Any change of filter starts again from the first page.
  const change =
    <K extends Exclude<keyof CaseloadFilters, "page">>(key: K) =>
    (value: CaseloadFilters[K]) =>
      setFilters((f) => ({ ...f, [key]: value, page: 1 }));
  const onSort = (sort: CaseloadQuery["sort"]) => setFilters((f) => sortBy(f, sort));
  const header = (label: string, sort: CaseloadQuery["sort"], className?: string) => (
    <SortHeader label={label} sort={sort} current={filters.sort} direction={filters.direction} onSort={onSort} {...(className ? { className } : {})} />
  );

  return (
    <>
      <h1 tabIndex={-1}>Sagsstamme</h1>
      <p>
        <a href={pageHref("newCitizen")}>Opret ny borger</a>
      </p>
      <SearchBox label="Søg borger" value={filters.search} onSearch={change("search")} />
      <div className="filters">
        <StatusFilter value={filters.status} onChange={change("status")} withPending />
        <TargetGroupFilter value={filters.targetGroup} onChange={change("targetGroup")} />
        <div className="field field--inline">
          <label htmlFor={sortId}>Sortér efter</label>
          <select
            id={sortId}
            value={filters.sort}
            onChange={(e) => setFilters((f) => ({ ...f, sort: e.target.value as CaseloadQuery["sort"], direction: "asc", page: 1 }))}
          >
            <option value="urgency">Mest presserende (overskredne først)</option>
            <option value="nextDeadline">Næste frist</option>
            <option value="name">Navn</option>
            <option value="targetGroup">Målgruppe</option>
            <option value="missed">Overskredne</option>
            <option value="open">Åbne</option>
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
      {filters.caseworker !== DEFAULT_FILTERS.caseworker ? (
        <p className="notice">
          {filters.caseworker === "none" ? "Viser kun borgere uden sagsbehandler. " : "Viser kun én sagsbehandlers borgere (valgt i Overblik). "}
          <button type="button" className="secondary" onClick={() => change("caseworker")(DEFAULT_FILTERS.caseworker)}>
            Vis alle sagsbehandleres borgere
          </button>
        </p>
      ) : null}
      {caseload.isPending ? <Loading what="sagsstammen" /> : null}
      {caseload.isError ? <ErrorMessage error={caseload.error} /> : null}
      {caseload.data && caseload.data.total === 0 ? (
        <p role="status">{filters.search ? `Ingen borgere matcher søgningen "${filters.search}".` : "Ingen borgere matcher."}</p>
      ) : null}
      {caseload.data && caseload.data.rows.length > 0 ? (
        <>
          {filters.sort === "urgency" ? <p className="muted">Overskredne står først (de længst overskredne øverst), derefter efter næste frist.</p> : null}
          <ExportButton
            label="Hent sagsstammen som CSV"
            fileName={`sagsstamme-${caseload.data.asOf}.csv`}
            build={async () => caseloadCsv(await wholeList(api, filters))}
          />
          <table aria-busy={caseload.isPlaceholderData} className="stack-narrow">
            <caption>
              {caseload.data.total} borgere – side {caseload.data.page} af {pages}
            </caption>
            <thead>
              <tr>
                {header("Borger", "name")}
                <th scope="col">CPR</th>
                {header("Målgruppe", "targetGroup")}
                {header("Næste frist", "nextDeadline")}
                {header("Overskredne", "missed", "num")}
                {header("Åbne", "open", "num")}
              </tr>
            </thead>
            <tbody>
              {caseload.data.rows.map((r) => (
                <CaseloadRow key={r.citizenId} row={r} asOf={caseload.data.asOf} />
              ))}
            </tbody>
          </table>
          <Pager label="Sider i sagsstammen" page={filters.page} pages={pages} onPage={(page) => setFilters((f) => ({ ...f, page }))} />
        </>
      ) : null}
    </>
  );
}

function CaseloadRow({ row: r, asOf }: { row: CitizenSummary; asOf: string }) {
  const { overdue, dueThisWeek } = urgencyOf(r, asOf);
  return (
    <tr>
      <th scope="row">
        <a href={citizenHref(r.citizenId)}>{r.name}</a>
      </th>
      <td data-label="CPR">{r.cprMasked}</td>
      <td data-label="Målgruppe">{r.targetGroupLabel ?? "Ingen"}</td>
      <td data-label="Næste frist">
        {r.nextDeadline ? formatDanishDate(r.nextDeadline) : "Ingen"}
        {overdue || dueThisWeek ? (
          <span className="badges">
            {overdue && r.overdueSince ? <span className="badge badge--overdue">Overskredet siden {formatDanishShortDate(r.overdueSince)}</span> : null}
            {dueThisWeek ? <span className="badge badge--soon">Frist inden for en uge</span> : null}
          </span>
        ) : null}
      </td>
      <td data-label="Overskredne" className="num">
        {r.counts.missed}
      </td>
      <td data-label="Åbne" className="num">
        {r.counts.open}
      </td>
    </tr>
  );
}
