import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  JOBCENTRE_ROLES,
  UserCreateInput,
  UserUpdateInput,
  type AdminUser,
  type Me,
  type TeamRecord,
  type UserRoleCode,
  type UserWithPassword,
} from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { errorMessage } from "../errors.js";
import { ROLE_LABEL } from "../roles.js";
import { pageHref } from "../route.js";
import { Field, FieldError, errorAttributes } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { useFormMutation } from "../components/useFormMutation.js";

interface Organisation {
  id: string | undefined;
  kind: "jobcenter" | "akasse";
  name: string;
}

/** The roles this admin may give in an organisation of this kind (the server checks the same). */
function rolesFor(me: Me, kind: "jobcenter" | "akasse"): UserRoleCode[] {
  if (me.role === "system_admin") return kind === "jobcenter" ? ["jobcenter_admin"] : ["akasse_admin"];
  return kind === "jobcenter" ? [...JOBCENTRE_ROLES] : ["akasse", "akasse_admin"];
}

/** An organisation's users: the own organisation's for its admin, any organisation's administrators for the system admin. */
export default function UsersPage({ user, organisationId }: { user: Me; organisationId: string | null }) {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.admin.organisations.list.queryOptions(undefined, { enabled: user.role === "system_admin" }));
  if (user.role !== "system_admin") {
    const own = user.organisation;
    return own ? <UsersOf me={user} org={{ id: undefined, kind: own.kind, name: own.name }} /> : null;
  }
  if (organisationId === null) {
    return (
      <>
        <h1>Brugere</h1>
        <p>
          Vælg en organisation under <a href={pageHref("organisations")}>Organisationer</a>.
        </p>
      </>
    );
  }
  if (organisations.isPending) return <Loading what="organisationen" />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} />;
  const org = organisations.data.find((o) => o.id === organisationId);
  if (!org) return <ErrorMessage error={new Error("Organisationen findes ikke")} />;
  return <UsersOf me={user} org={org} />;
}

function UsersOf({ me, org }: { me: Me; org: Organisation }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.admin.users.list.queryOptions({ organisationId: org.id }));
  const teams = useQuery(trpc.admin.teams.list.queryOptions(undefined, { enabled: me.role === "jobcenter_admin" }));
  const [issued, setIssued] = useState<UserWithPassword | null>(null);
  const roles = rolesFor(me, org.kind);
  return (
    <>
      <h1>Brugere i {org.name}</h1>
      {issued ? <OneTimePassword issued={issued} /> : null}
      <CreateUserForm org={org} roles={roles} teams={teams.data ?? []} onCreated={setIssued} />
      <h2>Brugere</h2>
      {users.isPending ? <Loading what="brugere" /> : null}
      {users.isError ? <ErrorMessage error={users.error} /> : null}
      {users.data ? <UserTable me={me} users={users.data} roles={roles} teams={teams.data ?? []} onIssued={setIssued} /> : null}
    </>
  );
}

function OneTimePassword({ issued }: { issued: UserWithPassword }) {
  return (
    <div role="status" className="success-box">
      <p>
        Engangsadgangskode til {issued.user.name} ({issued.user.email}): <strong className="one-time-password">{issued.oneTimePassword}</strong>
      </p>
      <p>Giv den til brugeren ad en sikker vej. Den vises kun denne ene gang, og brugeren skal vælge sin egen ved første login.</p>
    </div>
  );
}

function TeamSelect({ id, teams, defaultValue, error }: { id: string; teams: TeamRecord[]; defaultValue: string | null; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>Team</label>
      <select id={id} name="teamId" defaultValue={defaultValue ?? ""} {...errorAttributes(id, error)}>
        <option value="">Intet team</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

function RoleSelect({
  id,
  roles,
  defaultValue,
  error,
}: {
  id: string;
  roles: UserRoleCode[];
  defaultValue: UserRoleCode | undefined;
  error: string | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Rolle</label>
      <select id={id} name="role" defaultValue={defaultValue} {...errorAttributes(id, error)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r]}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

function CreateUserForm({
  org,
  roles,
  teams,
  onCreated,
}: {
  org: Organisation;
  roles: UserRoleCode[];
  teams: TeamRecord[];
  onCreated: (u: UserWithPassword) => void;
}) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const { submit, errors, busy, serverError } = useFormMutation(UserCreateInput, (input) => api.admin.users.create.mutate(input), {
    onSuccess: (result) => {
      form.current?.reset();
      onCreated(result);
      return queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
    },
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const teamId = data.get("teamId");
    submit({ organisationId: org.id, email: data.get("email"), name: data.get("name"), role: data.get("role"), teamId: teamId ? teamId : null });
  }
  return (
    <section aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">Opret bruger</h2>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <Field label="E-mail" name="email" type="email" autoComplete="off" error={errors["email"]} />
        <Field label="Navn" name="name" autoComplete="off" error={errors["name"]} />
        <RoleSelect id="create-role" roles={roles} defaultValue={roles[0]} error={errors["role"]} />
        {org.kind === "jobcenter" && teams.length > 0 ? <TeamSelect id="create-team" teams={teams} defaultValue={null} error={errors["teamId"]} /> : null}
        <FormSubmit error={serverError} busy={busy} label="Opret bruger" busyLabel="Opretter …" />
      </form>
    </section>
  );
}

function UserTable({
  me,
  users,
  roles,
  teams,
  onIssued,
}: {
  me: Me;
  users: AdminUser[];
  roles: UserRoleCode[];
  teams: TeamRecord[];
  onIssued: (u: UserWithPassword) => void;
}) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
  const setActive = useMutation({ mutationFn: (v: { userId: string; active: boolean }) => api.admin.users.setActive.mutate(v), onSuccess: refresh });
  const reset = useMutation({
    mutationFn: (userId: string) => api.admin.users.resetPassword.mutate({ userId }),
    onSuccess: (result) => {
      onIssued(result);
      return refresh();
    },
  });
  const failed = setActive.error ?? reset.error;
  return (
    <>
      {failed ? (
        <p role="alert" className="error-box">
          {errorMessage(failed)}
        </p>
      ) : null}
      <table>
        <caption className="visually-hidden">Brugere</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">E-mail</th>
            <th scope="col">Rolle</th>
            <th scope="col">Team</th>
            <th scope="col">Status</th>
            <th scope="col">Handlinger</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{ROLE_LABEL[u.role]}</td>
              <td>{u.teamName ?? "–"}</td>
              <td>{u.disabled ? "Deaktiveret" : u.mustChangePassword ? "Aktiv (engangsadgangskode)" : "Aktiv"}</td>
              <td>
                {u.id === me.id ? (
                  "Dig"
                ) : (
                  <div className="actions">
                    <button type="button" disabled={reset.isPending} onClick={() => reset.mutate(u.id)} aria-label={`Nulstil adgangskode for ${u.name}`}>
                      Nulstil adgangskode
                    </button>
                    <button
                      type="button"
                      disabled={setActive.isPending}
                      onClick={() => setActive.mutate({ userId: u.id, active: u.disabled })}
                      aria-label={`${u.disabled ? "Genaktivér" : "Deaktivér"} ${u.name}`}
                    >
                      {u.disabled ? "Genaktivér" : "Deaktivér"}
                    </button>
                    <EditUser user={u} roles={roles.includes(u.role) ? roles : [u.role]} teams={teams} onSaved={refresh} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function EditUser({ user, roles, teams, onSaved }: { user: AdminUser; roles: UserRoleCode[]; teams: TeamRecord[]; onSaved: () => unknown }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useFormMutation(UserUpdateInput, (input) => api.admin.users.update.mutate(input), { onSuccess: onSaved });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const teamId = form.get("teamId");
    submit({ userId: user.id, name: form.get("name"), role: form.get("role"), ...(teams.length > 0 ? { teamId: teamId ? teamId : null } : {}) });
  }
  return (
    <details>
      <summary>Ændr {user.name}</summary>
      <form onSubmit={onSubmit} noValidate>
        <Field label="Navn" name="name" defaultValue={user.name} error={errors["name"]} />
        <RoleSelect id={`role-${user.id}`} roles={roles} defaultValue={user.role} error={errors["role"]} />
        {teams.length > 0 ? <TeamSelect id={`team-${user.id}`} teams={teams} defaultValue={user.teamId} error={errors["teamId"]} /> : null}
        <FormSubmit error={serverError} busy={busy} label="Gem ændringer" busyLabel="Gemmer …" />
      </form>
    </details>
  );
}
