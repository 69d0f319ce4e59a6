import { useState, type FormEvent } from "react";
import { MeetingClashQuery, MeetingPlanInput, parseWith, type ForloebRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { CheckboxField } from "./controls.js";
import { checked } from "./form-values.js";

/**
 * Plan a meeting in the citizen's current forløb; fællessamtaler only exist on dagpenge. When the
 * caseworker already has a samtale at that very time, the form warns first and plans it only when
 * told to plan both.
 */
export function PlanMeetingForm({ citizenId, forloeb, asOf }: { citizenId: string; forloeb: ForloebRecord; asOf: string }) {
  const api = useApi();
  const [warning, setWarning] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const { submit, reset, errors, busy, serverError, done } = useCitizenMutation(
    citizenId,
    MeetingPlanInput,
    (input) => api.meeting.plan.mutate(input),
    () => setWarning(null),
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { forloebId: forloeb.id, date: form.get("date"), time: form.get("time"), kind: form.get("kind") };
    const when = parseWith(MeetingClashQuery, input);
    if (when.ok && !checked(form, "sameTime")) {
      setChecking(true);
      // A failed check is no reason not to plan: the warning is a help, not a rule.
      const { clashes } = await api.meeting.clashes.query(when.value).catch(() => ({ clashes: 0 }));
      setChecking(false);
      if (clashes > 0) {
        // The last answer ("Samtalen er planlagt.") was about another samtale.
        reset();
        setWarning(
          `Du har allerede ${clashes === 1 ? "en samtale" : `${clashes} samtaler`} planlagt ${formatDanishDateTime(when.value.date, when.value.time)}.`,
        );
        return;
      }
    }
    setWarning(null);
    submit(input);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Field label="Dato" name="date" type="date" defaultValue={asOf} error={errors["date"]} onChange={() => setWarning(null)} />
      <Field label="Klokkeslæt" name="time" type="time" defaultValue="10:00" error={errors["time"]} onChange={() => setWarning(null)} />
      <div className="field">
        <label htmlFor="plan-kind">Slags samtale</label>
        <select id="plan-kind" name="kind" defaultValue="individuel">
          <option value="individuel">Individuel samtale</option>
          {forloeb.ydelse === "dagpenge" ? <option value="faelles">Fællessamtale</option> : null}
        </select>
      </div>
      {warning ? (
        <div role="alert" className="notice">
          <p>{warning} Vælg et andet tidspunkt, eller sæt kryds, hvis begge samtaler skal holdes på samme tid.</p>
          <CheckboxField label="Planlæg alligevel på samme tidspunkt" name="sameTime" />
        </div>
      ) : null}
      <FormSubmit error={serverError} busy={busy || checking} label="Planlæg samtale" busyLabel="Planlægger …">
        {done && !serverError ? (
          <p role="status" className="success-box">
            Samtalen er planlagt.
          </p>
        ) : null}
      </FormSubmit>
    </form>
  );
}
