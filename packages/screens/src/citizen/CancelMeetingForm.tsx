import { type FormEvent } from "react";
import { MeetingCancelInput } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { TextAreaField } from "./controls.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import type { MeetingFormProps } from "./meeting-form-props.js";

/** Cancel a planned meeting; the reason is required and kept with the meeting. */
export function CancelMeetingForm({ citizenId, meeting, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, MeetingCancelInput, (input) => api.meeting.cancel.mutate(input), onDone);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The text as typed (even empty), so the schema's own message about the reason is shown.
    submit({ meetingId: meeting.id, reason: new FormData(event.currentTarget).get("reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label="Aflys samtalen">
      <TextAreaField label="Begrundelse for aflysning" name="reason" error={errors["reason"]} autoFocus />
      <FormSubmit error={serverError} busy={busy} label="Aflys samtalen" busyLabel="Aflyser …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
