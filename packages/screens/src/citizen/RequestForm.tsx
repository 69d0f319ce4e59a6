import { type FormEvent } from "react";
import { ANMODNING_BY, RequestRegisterInput, type ForloebRecord } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { RadioGroup } from "./controls.js";
import { textValue } from "./form-values.js";
import { ANMODNING_BY_LABEL } from "./labels.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

const BY_CHOICES = ANMODNING_BY.map((by) => ({ value: by, label: ANMODNING_BY_LABEL[by] }));

/** Register that the citizen (or the jobcentre) asked for a meeting; the rules give it a deadline. */
export function RequestForm({ citizenId, forloeb, asOf }: { citizenId: string; forloeb: ForloebRecord; asOf: string }) {
  const api = useApi();
  const { submit, errors, busy, serverError, done } = useCitizenMutation(citizenId, RequestRegisterInput, (input) => api.request.register.mutate(input));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ forloebId: forloeb.id, date: textValue(form, "date"), by: textValue(form, "by") });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label="Dato for anmodningen" name="date" type="date" defaultValue={asOf} error={errors["date"]} />
      <RadioGroup legend="Hvem bad om samtalen?" name="by" choices={BY_CHOICES} error={errors["by"]} />
      <FormSubmit error={serverError} busy={busy} label="Registrér anmodning" busyLabel="Registrerer …">
        {done ? (
          <p role="status" className="success-box">
            Anmodningen er registreret.
          </p>
        ) : null}
      </FormSubmit>
    </form>
  );
}
