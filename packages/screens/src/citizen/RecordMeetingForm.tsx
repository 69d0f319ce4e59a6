import { type FormEvent } from "react";
import { MeetingRecordInput } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { HeldFields, heldValues } from "./HeldFields.js";
import type { MeetingFormProps } from "./meeting-form-props.js";

/** Record that a planned meeting was held: how it took place and who took part. */
export function RecordMeetingForm({ citizenId, meeting, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, MeetingRecordInput, (input) => api.meeting.record.mutate(input), onDone);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ meetingId: meeting.id, ...heldValues(new FormData(event.currentTarget)) });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label="Registrér samtalen som afholdt">
      <HeldFields meeting={meeting} errors={errors} />
      <FormSubmit error={serverError} busy={busy} label="Gem som afholdt" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
