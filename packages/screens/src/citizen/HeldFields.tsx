import { useId } from "react";
import { SAMTALE_FORMS, type MeetingRecord } from "@kontaktplan/schema";
import { FieldError } from "../components/Field.js";
import { FORM_LABEL, PARTICIPANT_LABEL } from "./labels.js";

/**
 * How a held meeting took place and who took part: the fields of recording a meeting as held, and
 * of correcting one to held. Read them with `heldValues`.
 */
export function HeldFields({ meeting, errors }: { meeting: MeetingRecord; errors: Record<string, string> }) {
  const id = useId();
  // A meeting held before keeps what was recorded; otherwise whoever must attend is ticked, the a-kasse only when someone says it took part.
  const ticked = (value: string) => (meeting.status === "afholdt" ? meeting.participants.includes(value) : value !== "akasse");
  return (
    <>
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
      <fieldset
        aria-describedby={
          [meeting.kind === "faelles" ? `${id}-hint` : "", errors["participants"] ? `${id}-participants-error` : ""].join(" ").trim() || undefined
        }
      >
        <legend>Deltagere</legend>
        {meeting.kind === "faelles" ? (
          <p id={`${id}-hint`} className="muted">
            Sæt kun kryds ved a-kassen, hvis a-kassen deltog. Uden a-kassen tæller samtalen kun, hvis borgeren har fravalgt a-kassens deltagelse; så registreres
            den som en individuel samtale.
          </p>
        ) : null}
        {Object.entries(PARTICIPANT_LABEL).map(([value, label]) => (
          <div key={value} className="checkbox">
            <input type="checkbox" id={`${id}-${value}`} name="participants" value={value} defaultChecked={ticked(value)} />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
        <FieldError id={`${id}-participants`} error={errors["participants"]} />
      </fieldset>
    </>
  );
}

/** The form's answers to `HeldFields`, as the API takes them. */
export function heldValues(form: FormData): { form: FormDataEntryValue | null; participants: FormDataEntryValue[] } {
  return { form: form.get("form"), participants: form.getAll("participants") };
}
