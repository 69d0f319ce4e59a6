import { useId, type FormEvent } from "react";
import { MeetingRecordInput, SAMTALE_FORMS, type MeetingRecord } from "@kontaktplan/schema";
import { api } from "../trpc.js";
import { FORM_LABEL, PARTICIPANT_LABEL } from "./labels.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import { FieldError } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";

/** Record that a planned meeting was held: how it took place and who took part. */
export function RecordMeetingForm({ citizenId, meeting, onDone, onClose }: { citizenId: string; meeting: MeetingRecord; onDone: () => void; onClose: () => void }) {
  const id = useId();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, MeetingRecordInput, (input) => api.meeting.record.mutate(input), onDone);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ meetingId: meeting.id, form: form.get("form"), participants: form.getAll("participants") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label="Registrér samtalen som afholdt">
      <div className="field">
        <label htmlFor={`${id}-form`}>Samtaleform</label>
        <select id={`${id}-form`} name="form" defaultValue={meeting.form ?? "fremmoede"}>
          {SAMTALE_FORMS.map((f) => (
            <option key={f} value={f}>
              {FORM_LABEL[f]}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby={[meeting.kind === "faelles" ? `${id}-hint` : "", errors["participants"] ? `${id}-participants-error` : ""].join(" ").trim() || undefined}>
        <legend>Deltagere</legend>
        {meeting.kind === "faelles" ? (
          <p id={`${id}-hint`} className="muted">
            Sæt kun kryds ved a-kassen, hvis a-kassen deltog. Uden a-kassen tæller samtalen kun, hvis borgeren har fravalgt a-kassens
            deltagelse; så registreres den som en individuel samtale.
          </p>
        ) : null}
        {Object.entries(PARTICIPANT_LABEL).map(([value, label]) => (
          <div key={value} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${value}`}
              name="participants"
              value={value}
              // Whoever must attend is ticked; the a-kasse only when someone says it took part.
              defaultChecked={value !== "akasse"}
            />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
        <FieldError id={`${id}-participants`} error={errors["participants"]} />
      </fieldset>
      <FormSubmit error={serverError} busy={busy} label="Gem som afholdt" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
