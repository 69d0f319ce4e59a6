import { type FormEvent } from "react";
import { AddPauseInput, PAUSE_REASON_MAX, type ForloebRecord, type PauseRecord } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { textValue } from "./form-values.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/** A period off the benefit clock (both days inclusive): deadlines measured on the clock move by its days. */
export function PauseForm({ citizenId, forloeb }: { citizenId: string; forloeb: ForloebRecord }) {
  const api = useApi();
  const { submit, errors, busy, serverError, done } = useCitizenMutation(citizenId, AddPauseInput, (input) => api.forloeb.addPause.mutate(input));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ forloebId: forloeb.id, from: textValue(form, "from"), to: textValue(form, "to"), reason: textValue(form, "reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="muted">
        En periode, hvor borgeren ikke modtager ydelsen, fx på grund af arbejde. Frister, der regnes i ydelsesperiode, flyttes med pausens dage. Begge dage er
        med i pausen.
      </p>
      <PauseFields errors={errors} />
      <FormSubmit error={serverError} busy={busy} label="Registrér pause" busyLabel="Registrerer …">
        {done ? (
          <p role="status" className="success-box">
            Pausen er registreret.
          </p>
        ) : null}
      </FormSubmit>
    </form>
  );
}

/** A pause's days and reason, empty for a new pause or filled with the one being corrected. */
export function PauseFields({ errors, pause }: { errors: Record<string, string>; pause?: PauseRecord }) {
  return (
    <>
      <Field label="Første dag i pausen" name="from" type="date" defaultValue={pause?.from} error={errors["from"]} />
      <Field label="Sidste dag i pausen" name="to" type="date" defaultValue={pause?.to} error={errors["to"]} />
      <Field label="Begrundelse (valgfri)" name="reason" maxLength={PAUSE_REASON_MAX} defaultValue={pause?.reason ?? ""} error={errors["reason"]} />
    </>
  );
}
