import { useRef, useState, type FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { OrganisationCreateInput } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { usersHref } from "../route.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { useFormMutation } from "../components/useFormMutation.js";

/** The system admin's organisations: every jobcentre (by kommunekode) and a-kasse, and a way to add one. */
export default function OrganisationsPage() {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.admin.organisations.list.queryOptions());
  return (
    <>
      <h1>Organisationer</h1>
      <CreateOrganisationForm />
      <h2>Jobcentre og a-kasser</h2>
      {organisations.isPending ? <Loading what="organisationer" /> : null}
      {organisations.isError ? <ErrorMessage error={organisations.error} /> : null}
      {organisations.data ? (
        <table>
          <caption className="visually-hidden">Organisationer</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Type</th>
              <th scope="col">Kommunekode</th>
              <th scope="col">Aktive brugere</th>
              <th scope="col">Administratorer</th>
            </tr>
          </thead>
          <tbody>
            {organisations.data.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <a href={usersHref(o.id)}>{o.name}</a>
                </th>
                <td>{o.kind === "jobcenter" ? "Jobcenter" : "A-kasse"}</td>
                <td>{o.kommunekode ?? "–"}</td>
                <td>{o.users}</td>
                <td>{o.admins === 0 ? <strong>Ingen – opret den første</strong> : o.admins}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function CreateOrganisationForm() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<"jobcenter" | "akasse">("jobcenter");
  const form = useRef<HTMLFormElement>(null);
  const { submit, errors, busy, serverError, result } = useFormMutation(OrganisationCreateInput, (input) => api.admin.organisations.create.mutate(input), {
    onSuccess: () => {
      form.current?.reset();
      return queryClient.invalidateQueries(trpc.admin.organisations.list.pathFilter());
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ kind, name: data.get("name"), ...(kind === "jobcenter" ? { kommunekode: data.get("kommunekode") } : {}) });
  }
  return (
    <section aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">Opret organisation</h2>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Type</legend>
          <div className="radio">
            <input type="radio" id="org-jobcenter" name="kind" checked={kind === "jobcenter"} onChange={() => setKind("jobcenter")} />
            <label htmlFor="org-jobcenter">Jobcenter (en kommune)</label>
          </div>
          <div className="radio">
            <input type="radio" id="org-akasse" name="kind" checked={kind === "akasse"} onChange={() => setKind("akasse")} />
            <label htmlFor="org-akasse">A-kasse</label>
          </div>
        </fieldset>
        <Field label="Navn" name="name" error={errors["name"]} />
        {kind === "jobcenter" ? <Field label="Kommunekode" name="kommunekode" inputMode="numeric" maxLength={3} error={errors["kommunekode"]} /> : null}
        <FormSubmit error={serverError} busy={busy} label="Opret organisation" busyLabel="Opretter …">
          {result && !serverError ? (
            <p role="status" className="success-box">
              {result.name} er oprettet. <a href={usersHref(result.id)}>Opret den første administrator</a>.
            </p>
          ) : null}
        </FormSubmit>
      </form>
    </section>
  );
}
