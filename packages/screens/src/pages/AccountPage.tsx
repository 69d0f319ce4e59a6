import { useRef, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChangePasswordInput, isJobcentreRole, PASSWORD_MIN_LENGTH } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { errorMessage } from "../errors.js";
import { ME_KEY } from "../query-keys.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { useFormMutation } from "../components/useFormMutation.js";
import { formatInstant } from "../admin/labels.js";
import { CalendarFeedSection } from "../account/CalendarFeedSection.js";
import { useMe } from "../me.js";

/** Change the own password (forced after a one-time password), see and end the own sessions. */
export default function AccountPage({ forced = false }: { forced?: boolean }) {
  return (
    <>
      <h1>{forced ? "Vælg din egen adgangskode" : "Min konto"}</h1>
      {forced ? <p>Du er logget ind med en engangsadgangskode. Vælg din egen, før du fortsætter.</p> : null}
      <ChangePasswordForm />
      {forced ? null : <Sessions />}
      {forced ? null : <JobcentreOnly />}
    </>
  );
}

/** The calendar subscription holds a caseworker's samtaler: only jobcentre staff have one. */
function JobcentreOnly() {
  const role = useMe().data?.role;
  return role !== undefined && isJobcentreRole(role) ? <CalendarFeedSection /> : null;
}

function ChangePasswordForm() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const { submit, errors, busy, serverError, done } = useFormMutation(ChangePasswordInput, (input) => api.account.changePassword.mutate(input), {
    onSuccess: () => {
      form.current?.reset();
      return Promise.all([queryClient.invalidateQueries({ queryKey: ME_KEY }), queryClient.invalidateQueries(trpc.account.sessions.pathFilter())]);
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") });
  }
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Skift adgangskode</h2>
      <p id="password-rules">
        Mindst {PASSWORD_MIN_LENGTH} tegn. Ikke en af de mest brugte adgangskoder, ikke din e-mailadresse eller dit navn. Flere ord i træk er nemme at huske og
        svære at gætte.
      </p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <Field label="Nuværende adgangskode" name="currentPassword" type="password" autoComplete="current-password" error={errors["currentPassword"]} />
        <Field
          label="Ny adgangskode"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          aria-describedby="password-rules"
          error={errors["newPassword"]}
        />
        <FormSubmit error={serverError} busy={busy} label="Skift adgangskode" busyLabel="Skifter …">
          {done && !serverError ? (
            <p role="status" className="success-box">
              Din adgangskode er skiftet. Dine andre sessioner er afsluttet.
            </p>
          ) : null}
        </FormSubmit>
      </form>
    </section>
  );
}

function Sessions() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const end = useMutation({
    mutationFn: (sessionId: string) => api.account.endSession.mutate({ sessionId }),
    onSuccess: (_, sessionId) => {
      const current = sessions.data?.find((s) => s.id === sessionId)?.current;
      return current ? queryClient.invalidateQueries({ queryKey: ME_KEY }) : queryClient.invalidateQueries(trpc.account.sessions.pathFilter());
    },
  });
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Aktive sessioner</h2>
      {sessions.isPending ? <Loading what="sessioner" /> : null}
      {sessions.isError ? <ErrorMessage error={sessions.error} /> : null}
      {end.isError ? (
        <p role="alert" className="error-box">
          {errorMessage(end.error)}
        </p>
      ) : null}
      {sessions.data ? (
        <table>
          <caption className="visually-hidden">Dine aktive sessioner</caption>
          <thead>
            <tr>
              <th scope="col">Logget ind</th>
              <th scope="col">Udløber</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id}>
                <td>
                  {formatInstant(s.createdAt)}
                  {s.current ? " (denne session)" : ""}
                </td>
                <td>{formatInstant(s.expiresAt)}</td>
                <td>
                  <button type="button" disabled={end.isPending} onClick={() => end.mutate(s.id)}>
                    {s.current ? "Log ud her" : "Afslut session"}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
