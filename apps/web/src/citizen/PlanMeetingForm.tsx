import { type FormEvent } from "react";
import { MeetingPlanInput, type ForloebRecord } from "@kontaktplan/schema";
import { api } from "../trpc.js";
import { Field } from "../components/Field.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { CheckboxField } from "./controls.js";
import { checked } from "./form-values.js";

/**
 * Plan a meeting in the citizen's current forløb; fællessamtaler only exist on dagpenge. When the
 * caseworker already has a samtale at that very time the server warns, and the form asks whether
 * both should be planned.
 */
export function PlanMeetingForm({ citizenId, forloeb, asOf }: { citizenId: string; forloeb: ForloebRecord; asOf: string }) {
  const { submit, errors, busy, serverError, done, errorCode } = useCitizenMutation(citizenId, MeetingPlanInput, (input) => api.meeting.plan.mutate(input));
  const warned = errorCode === "CONFLICT" && errors["time"] !== undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ forloebId: forloeb.id, date: form.get("date"), time: form.get("time"), kind: form.get("kind"), ...(checked(form, "despiteClash") ? { despiteClash: true } : {}) });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label="Dato" name="date" type="date" defaultValue={asOf} error={errors["date"]} />
      <Field label="Klokkeslæt" name="time" type="time" defaultValue="10:00" error={errors["time"]} />
      <div className="field">
        <label htmlFor="plan-kind">Slags samtale</label>
        <select id="plan-kind" name="kind" defaultValue="individuel">
          <option value="individuel">Individuel samtale</option>
          {forloeb.ydelse === "dagpenge" ? <option value="faelles">Fællessamtale</option> : null}
        </select>
      </div>
      {warned ? <CheckboxField label="Planlæg alligevel på samme tidspunkt" name="despiteClash" /> : null}
      <FormSubmit error={serverError} busy={busy} label="Planlæg samtale" busyLabel="Planlægger …">
        {done && !serverError ? (
          <p role="status" className="success-box">
            Samtalen er planlagt.
          </p>
        ) : null}
      </FormSubmit>
    </form>
  );
}
