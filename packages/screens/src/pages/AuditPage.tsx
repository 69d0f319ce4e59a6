import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { ADMIN_ACTIONS, AuditQuery, parseWith, type AuditEntry } from "@kontaktplan/schema";
import { useTRPC } from "../api.js";
import { fieldErrors as byField } from "../errors.js";
import { Pager } from "../caseload/Pager.js";
import { Field } from "../components/Field.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { ACTION_LABEL, formatInstant } from "../admin/labels.js";

const PAGE_SIZE = 50;

type Filter = { action?: string; from?: string; to?: string };

/** The administration trail of the admin's organisation (all of it for the system admin), newest first. */
export default function AuditPage() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [page, setPage] = useState(1);
  const query = { ...filter, page, pageSize: PAGE_SIZE };
  const log = useQuery(trpc.admin.audit.list.queryOptions(query as AuditQuery));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    const next = { action: value("action"), from: value("from"), to: value("to") };
    const parsed = parseWith(AuditQuery, next);
    if (!parsed.ok) {
      setErrors(byField(parsed.errors));
      return;
    }
    setErrors({});
    setPage(1);
    setFilter(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
  }

  return (
    <>
      <h1>Log over administration</h1>
      <form onSubmit={onSubmit} noValidate className="filters">
        <div className="field">
          <label htmlFor="audit-action">Handling</label>
          <select id="audit-action" name="action" defaultValue="">
            <option value="">Alle handlinger</option>
            {ADMIN_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABEL[a]}
              </option>
            ))}
          </select>
        </div>
        <Field label="Fra dato" name="from" type="date" error={errors["from"]} />
        <Field label="Til dato" name="to" type="date" error={errors["to"]} />
        <button type="submit">Filtrér</button>
      </form>
      {log.isPending ? <Loading what="loggen" /> : null}
      {log.isError ? <ErrorMessage error={log.error} /> : null}
      {log.data ? (
        <>
          <p aria-live="polite">{log.data.total === 1 ? "1 handling" : `${log.data.total} handlinger`}</p>
          <table>
            <caption className="visually-hidden">Administrative handlinger</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Hvem</th>
                <th scope="col">Handling</th>
                <th scope="col">Gjaldt</th>
                <th scope="col">Ændring</th>
              </tr>
            </thead>
            <tbody>
              {log.data.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatInstant(r.at)}</td>
                  <td>{r.actor ? `${r.actor.name} (${r.actor.email})` : "Serveren (kontakt admin)"}</td>
                  <td>{ACTION_LABEL[r.action]}</td>
                  <td>{subjectOf(r)}</td>
                  <td>{changeOf(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={Math.max(1, Math.ceil(log.data.total / PAGE_SIZE))} onPage={setPage} label="Sider i loggen" />
        </>
      ) : null}
    </>
  );
}

function subjectOf(r: AuditEntry): string {
  const parts = [r.citizenName ? `Borger: ${r.citizenName}` : null, r.target ? `${r.target.name} (${r.target.email})` : null];
  return parts.filter(Boolean).join("; ") || "–";
}

/** "rolle: sagsbehandler → jobcenter_admin"; ids stay ids, and nothing here is ever a CPR number. */
function changeOf(r: AuditEntry): string {
  const keys = [...new Set([...Object.keys(r.before ?? {}), ...Object.keys(r.after ?? {})])];
  const show = (v: unknown) => (v === null || v === undefined ? "–" : String(v));
  return keys.map((k) => (r.before && k in r.before ? `${k}: ${show(r.before[k])} → ${show(r.after?.[k])}` : `${k}: ${show(r.after?.[k])}`)).join("; ") || "–";
}
