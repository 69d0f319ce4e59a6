import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ASSIGNMENT_BATCH_MAX, isJobcentreRole } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { apiFieldErrors, errorMessage } from "../errors.js";
import { Pager } from "../caseload/Pager.js";
import { FieldError, errorAttributes } from "../components/Field.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";

const PAGE_SIZE = 50;

/** Who holds which citizens: filter by caseworker (or none), pick citizens, give them to a caseworker. */
export default function AssignmentPage() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [holder, setHolder] = useState<string>("none");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState("");
  const staff = useQuery(trpc.admin.users.list.queryOptions({}));
  const caseworkers = (staff.data ?? []).filter((u) => !u.disabled && isJobcentreRole(u.role));
  const list = useQuery(trpc.admin.assignment.list.queryOptions({ caseworker: holder === "all" ? undefined : holder, page, pageSize: PAGE_SIZE }));
  const assign = useMutation({
    mutationFn: () => api.admin.assignment.assign.mutate({ citizenIds: [...selected], caseworkerId: target === "" ? null : target }),
    onSuccess: () => {
      setSelected(new Set());
      return queryClient.invalidateQueries(trpc.admin.assignment.list.pathFilter());
    },
  });
  const fieldErrors = assign.isError ? apiFieldErrors(assign.error) : {};
  const rows = list.data?.rows ?? [];
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.citizenId));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <>
      <h1>Fordeling af borgere</h1>
      <div className="field">
        <label htmlFor="holder">Vis borgere</label>
        <select
          id="holder"
          value={holder}
          onChange={(e) => {
            setHolder(e.target.value);
            setPage(1);
            setSelected(new Set());
          }}
        >
          <option value="none">Uden sagsbehandler</option>
          <option value="all">Alle</option>
          {caseworkers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {list.isPending ? <Loading what="borgere" /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data ? (
        <>
          <p aria-live="polite">{list.data.total === 1 ? "1 borger" : `${list.data.total} borgere`}</p>
          {rows.length > 0 ? (
            <table>
              <caption className="visually-hidden">Borgere og deres sagsbehandler</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Vælg alle på siden"
                      checked={allOnPage}
                      onChange={() => setSelected(allOnPage ? new Set() : new Set(rows.map((r) => r.citizenId)))}
                    />
                  </th>
                  <th scope="col">Borger</th>
                  <th scope="col">Sagsbehandler</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.citizenId}>
                    <td>
                      <input type="checkbox" aria-label={`Vælg ${r.name}`} checked={selected.has(r.citizenId)} onChange={() => toggle(r.citizenId)} />
                    </td>
                    <th scope="row">{r.name}</th>
                    <td>{r.caseworkerName ?? "Uden sagsbehandler"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Pager page={page} pages={Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))} onPage={setPage} label="Sider i fordelingen" />
        </>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate();
        }}
        noValidate
      >
        <div className="field">
          <label htmlFor="target">Giv de valgte borgere til</label>
          <select id="target" value={target} onChange={(e) => setTarget(e.target.value)} {...errorAttributes("target", fieldErrors["caseworkerId"])}>
            <option value="">Ingen sagsbehandler</option>
            {caseworkers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id="target" error={fieldErrors["caseworkerId"]} />
        </div>
        <p>
          {selected.size === 1 ? "1 borger valgt" : `${selected.size} borgere valgt`} (højst {ASSIGNMENT_BATCH_MAX} ad gangen).
        </p>
        {assign.isError && !fieldErrors["caseworkerId"] ? (
          <p role="alert" className="error-box">
            {errorMessage(assign.error)}
          </p>
        ) : null}
        {assign.isSuccess ? (
          <p role="status" className="success-box">
            {assign.data.changed === 1 ? "1 borger er fordelt." : `${assign.data.changed} borgere er fordelt.`}
          </p>
        ) : null}
        <button type="submit" disabled={assign.isPending || selected.size === 0}>
          {assign.isPending ? "Fordeler …" : "Fordel valgte borgere"}
        </button>
      </form>
    </>
  );
}
