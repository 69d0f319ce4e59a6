import { useId, type FormEvent } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { NewCitizenInput } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { byFullPath } from "../errors.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useFormMutation } from "../components/useFormMutation.js";
import { SelectField } from "../citizen/controls.js";
import { textValue } from "../citizen/form-values.js";
import { NewForloebFields, newForloebValues } from "../citizen/NewForloebFields.js";
import { copenhagenToday } from "@kontaktplan/rules/dates";
import { citizenHref } from "../route.js";

/**
 * A citizen new to the jobcentre, with the first forløb: created together or not at all, in the
 * caseworker's kommune and caseload; then the citizen's page opens. The CPR number is checked for
 * its form and birth date here and for being new on the server.
 */
export default function NewCitizenPage() {
  const api = useApi();
  const trpc = useTRPC();
  const hintId = useId();
  const queryClient = useQueryClient();
  const akasser = useQuery(trpc.citizen.akasser.queryOptions());
  const { submit, errors, busy, serverError } = useFormMutation(NewCitizenInput, (input) => api.citizen.create.mutate(input), {
    fieldKey: byFullPath,
    onSuccess: async (citizen) => {
      await queryClient.invalidateQueries(trpc.caseload.list.pathFilter());
      window.location.hash = citizenHref(citizen.id);
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ name: textValue(form, "name"), cpr: textValue(form, "cpr"), akasseId: textValue(form, "akasseId"), forloeb: newForloebValues(form) });
  }

  return (
    <>
      <h1>Ny borger</h1>
      <p>Opret en borger, der er ny i jobcentret, med borgerens første forløb. Borgeren kommer på din sagsstamme.</p>
      <form onSubmit={onSubmit} noValidate>
        <Field label="Navn" name="name" autoComplete="off" error={errors["name"]} />
        <Field label="CPR-nummer" name="cpr" autoComplete="off" inputMode="numeric" aria-describedby={hintId} error={errors["cpr"]} />
        <p id={hintId} className="muted">
          Skrives ddmmåå-xxxx, fx 010190-1234.
        </p>
        <SelectField
          label="A-kasse (for dagpengemodtagere)"
          name="akasseId"
          choices={(akasser.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          placeholder="Ingen a-kasse"
          defaultValue=""
          error={errors["akasseId"]}
        />
        <fieldset>
          <legend>Første forløb</legend>
          <NewForloebFields
            ydelseLabel="Ydelse"
            startLabel="Startdato"
            startDefault={copenhagenToday(new Date())}
            error={(field) => errors[`forloeb.${field}`]}
          />
        </fieldset>
        <FormSubmit error={serverError} busy={busy} label="Opret borgeren" busyLabel="Opretter …" /> <a href="#/">Tilbage til sagsstammen</a>
      </form>
    </>
  );
}
