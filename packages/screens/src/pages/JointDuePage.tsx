import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AkasseDueRow, JointDueRow, JointDueSort } from "@kontaktplan/schema";
import { formatDanishShortDate, JOINT_RULE_LABEL, ruleTitle, StatusBadge } from "@kontaktplan/ui";
import { useApi, useTRPC } from "../api.js";
import { bookingHref, memberHref } from "../route.js";
import { coveredInWindow } from "../akasse/deadlines.js";
import { daysLeftText } from "../days-left.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { StatusFilter } from "../components/StatusFilter.js";
import { SearchBox } from "../caseload/SearchBox.js";
import { Pager } from "../caseload/Pager.js";
import { dueFiltersHash, jointDueQuery, parseDueFilters, refined } from "../akasse/due-filters.js";
import { useHashState } from "../hash-state.js";
import { ExportButton } from "../export/ExportButton.js";
import { jointDueCsv } from "../export/tables.js";

/** Rows per page of each list: an a-kasse may have tens of thousands of members. */
const PAGE_SIZE = 50;

const pagesOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/**
 * A-kasse start page: every joint meeting the a-kasse's dagpenge members still need and every
 * jobsamtale the a-kasse itself must hold, overdue first; searched, filtered, sorted and paged by
 * the API, all kept in the URL. The CSV export asks for the whole filtered list.
 */
export default function JointDuePage() {
  const api = useApi();
  const trpc = useTRPC();
  const [filters, setFilters] = useHashState(parseDueFilters, dueFiltersHash);
  const search = filters.search.trim();
  const due = useQuery(trpc.joint.due.queryOptions(jointDueQuery(filters, PAGE_SIZE), { placeholderData: keepPreviousData }));

  return (
    <>
      <h1 tabIndex={-1}>Fællessamtaler og jobsamtaler</h1>
      <p>
        Dine medlemmer på dagpenge: fællessamtaler med jobcentret, der skal arrangeres, og a-kassens egne jobsamtaler, der skal holdes. Overskredne frister står
        først.
      </p>
      <SearchBox label="Søg medlem" value={filters.search} onSearch={(text) => setFilters((f) => refined(f, { search: text }))} />
      {due.isPending ? <Loading what="fællessamtaler" /> : null}
      {due.isError ? <ErrorMessage error={due.error} /> : null}
      {due.data ? (
        <>
          <StatusFilter value={filters.status} onChange={(status) => setFilters((f) => refined(f, { status }))} />
          <section aria-labelledby="egne-jobsamtaler">
            <h2 id="egne-jobsamtaler">A-kassens egne jobsamtaler</h2>
            <AkasseDueTable rows={due.data.akasseRows} total={due.data.totals.akasseRows} busy={due.isPlaceholderData} />
            {due.data.totals.akasseRows > PAGE_SIZE ? (
              <Pager
                label="Sider med a-kassens egne jobsamtaler"
                page={filters.akassePage}
                pages={pagesOf(due.data.totals.akasseRows)}
                onPage={(akassePage) => setFilters((f) => ({ ...f, akassePage }))}
              />
            ) : null}
          </section>
          <section aria-labelledby="faellessamtaler">
            <h2 id="faellessamtaler">Fællessamtaler med jobcentret</h2>
            {due.data.totals.rows > 0 ? (
              <ExportButton
                label="Hent listen som CSV"
                fileName={`faellessamtaler-${due.data.asOf}.csv`}
                build={async () => jointDueCsv((await api.joint.due.query(jointDueQuery(filters))).rows)}
              />
            ) : null}
            <JointDueTable
              rows={due.data.rows}
              total={due.data.totals.rows}
              sortKey={filters.sort}
              onSort={(sort) => setFilters((f) => refined(f, { sort }))}
              search={search}
              busy={due.isPlaceholderData}
            />
            {due.data.totals.rows > PAGE_SIZE ? (
              <Pager
                label="Sider med fællessamtaler"
                page={filters.page}
                pages={pagesOf(due.data.totals.rows)}
                onPage={(page) => setFilters((f) => ({ ...f, page }))}
              />
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}

function JointDueTable({
  rows,
  total,
  sortKey,
  onSort,
  search,
  busy,
}: {
  rows: readonly JointDueRow[];
  total: number;
  sortKey: JointDueSort;
  onSort: (key: JointDueSort) => void;
  search: string;
  /** True while the rows shown are the previous query's, until the new page arrives. */
  busy: boolean;
}) {
  if (rows.length === 0) return <p role="status">{search ? `Ingen fællessamtaler matcher søgningen "${search}".` : "Ingen fællessamtaler matcher."}</p>;
  const sortable = (key: JointDueSort, label: string) => (
    <th scope="col" aria-sort={sortKey === key ? "ascending" : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sortKey === key ? " ▲" : ""}</span>
      </button>
    </th>
  );
  return (
    <table aria-busy={busy} className="stack-narrow">
      <caption>{total === 1 ? "1 fællessamtale" : `${total} fællessamtaler`}</caption>
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
            <td data-label="Krav">{JOINT_RULE_LABEL[r.rule]}</td>
            <td data-label="Vindue">
              {formatDanishShortDate(r.from)} – {formatDanishShortDate(r.to)}
            </td>
            <td data-label="Status">
              <StatusBadge status={r.status} />
              {r.planned.length > 0 ? <span className="muted"> (booket)</span> : null}
              {r.akasseFravalgt ? <span className="muted"> (a-kassen fravalgt)</span> : null}
            </td>
            <td data-label="Frist">{daysLeftText(r.daysLeft)}</td>
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

/**
 * The a-kasse's own jobsamtaler that are due (RULES.md §8, from 2024), each leading to the member's
 * page where they are planned and recorded. Sorted and filtered as the fællessamtaler below.
 */
function AkasseDueTable({ rows, total, busy }: { rows: readonly AkasseDueRow[]; total: number; busy: boolean }) {
  if (rows.length === 0) return <p>Ingen af a-kassens egne jobsamtaler venter på at blive holdt.</p>;
  return (
    <table aria-busy={busy} className="stack-narrow">
      <caption>{total === 1 ? "1 frist" : `${total} frister`} for a-kassens egne jobsamtaler</caption>
      <thead>
        <tr>
          <th scope="col">Medlem</th>
          <th scope="col">Krav</th>
          <th scope="col">Vindue</th>
          <th scope="col">Status</th>
          <th scope="col">Frist</th>
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
            <td data-label="Krav">{ruleTitle(r.explanation)}</td>
            <td data-label="Vindue">
              {formatDanishShortDate(r.from)} – {formatDanishShortDate(r.to)}
            </td>
            <td data-label="Status">
              <StatusBadge status={r.status} /> {r.held} af {r.required} afholdt
              {r.planned.length > 0 ? <span className="muted"> ({r.planned.length} planlagt)</span> : null}
            </td>
            <td data-label="Frist">{daysLeftText(r.daysLeft)}</td>
            <td>
              <a href={memberHref(r.forloebId)}>
                Se medlem
                <span className="visually-hidden">
                  {" "}
                  {r.name}, {ruleTitle(r.explanation).toLowerCase()}
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
