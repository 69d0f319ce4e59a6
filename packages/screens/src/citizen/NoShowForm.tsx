import { type FormEvent } from "react";
import { MeetingRef } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import type { MeetingFormProps } from "./meeting-form-props.js";

/** The citizen did not turn up: confirm, since an udeblevet meeting counts toward no obligation. */
export function NoShowForm({ citizenId, meeting, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, MeetingRef, (input) => api.meeting.markNoShow.mutate(input), onDone);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ meetingId: meeting.id });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label="Registrér udeblivelse">
      <p>Borgeren mødte ikke op {formatDanishDateTime(meeting.date, meeting.time)}. Samtalen tæller ikke med i samtalekravene.</p>
      {/* The id comes from the API, so only the server can refuse it (a meeting still in the future). */}
      <FormSubmit error={serverError ?? errors["meetingId"]} busy={busy} label="Bekræft udeblivelse" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
