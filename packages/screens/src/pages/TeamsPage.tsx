import { useRef, type FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { TeamCreateInput, TeamRenameInput, type TeamRecord } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { useFormMutation } from "../components/useFormMutation.js";

/** The jobcentre's teams: compliance is reported per team, and caseworkers belong to one. */
export default function TeamsPage() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teams = useQuery(trpc.admin.teams.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.admin.teams.list.pathFilter());
  const form = useRef<HTMLFormElement>(null);
  const create = useFormMutation(TeamCreateInput, (input) => api.admin.teams.create.mutate(input), {
    onSuccess: () => {
      form.current?.reset();
      return refresh();
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.submit({ name: new FormData(event.currentTarget).get("name") });
  }
  return (
    <>
      <h1>Teams</h1>
      <section aria-labelledby="create-team-heading">
        <h2 id="create-team-heading">Opret team</h2>
        <form ref={form} onSubmit={onSubmit} noValidate>
          <Field label="Teamets navn" name="name" error={create.errors["name"]} />
          <FormSubmit error={create.serverError} busy={create.busy} label="Opret team" busyLabel="Opretter …" />
        </form>
      </section>
      <h2>Jobcentrets teams</h2>
      {teams.isPending ? <Loading what="teams" /> : null}
      {teams.isError ? <ErrorMessage error={teams.error} /> : null}
      {teams.data ? (
        <table>
          <caption className="visually-hidden">Teams</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Aktive medlemmer</th>
              <th scope="col">Omdøb</th>
            </tr>
          </thead>
          <tbody>
            {teams.data.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{t.members}</td>
                <td>
                  <RenameTeam team={t} onSaved={refresh} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function RenameTeam({ team, onSaved }: { team: TeamRecord; onSaved: () => unknown }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useFormMutation(TeamRenameInput, (input) => api.admin.teams.rename.mutate(input), { onSuccess: onSaved });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ teamId: team.id, name: new FormData(event.currentTarget).get("name") });
  }
  return (
    <details>
      <summary>Omdøb {team.name}</summary>
      <form onSubmit={onSubmit} noValidate>
        <Field label="Nyt navn" name="name" defaultValue={team.name} error={errors["name"]} />
        <FormSubmit error={serverError} busy={busy} label="Gem navn" busyLabel="Gemmer …" />
      </form>
    </details>
  );
}
