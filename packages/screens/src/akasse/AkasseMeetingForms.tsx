/**
 * The small forms for one of the a-kasse's own meetings (a jobsamtale or the CV-samtale), each
 * opened from its row: held, no-show, cancelled, corrected. Each reports its outcome at the top of
 * the member page and reloads the member.
 */
import { useId, useState, type FormEvent, type ReactNode } from "react";
import {
  AKASSE_CORRECTED_STATUSES,
  AkasseMeetingCorrectInput,
  AkasseMeetingRecordInput,
  MeetingCancelInput,
  MeetingRef,
  SAMTALE_FORMS,
  type MeetingRecord,
} from "@kontaktplan/schema";
import { MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field, FieldError } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { FORM_LABEL } from "../citizen/labels.js";
import { TextAreaField } from "../citizen/controls.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";
import { meetingWhen } from "./meeting-when.js";

export interface MeetingFormProps {
  meeting: MeetingRecord;
  report: Report;
  /** The change was saved. */
  onDone: () => void;
  /** The user closed the form without saving. */
  onClose: () => void;
}

/** The end of each form: its submit button and a way back without saving. */
function Buttons({ error, busy, label, onClose }: { error: ReactNode; busy: boolean; label: string; onClose: () => void }) {
  return (
    <>
      <FormSubmit error={error} busy={busy} label={label} busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </>
  );
}

/** The jobsamtale was held with the member: how it took place. */
export function RecordAkasseMeetingForm({ meeting, report, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const id = useId();
  const record = useMemberMutation(
    meeting.forloebId,
    AkasseMeetingRecordInput,
    (input) => api.akasse.record.mutate(input),
    { success: (m) => `Jobsamtalen ${meetingWhen(m)} er registreret som afholdt.`, failure: "Jobsamtalen kunne ikke registreres", onDone },
    report,
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.submit({ meetingId: meeting.id, form: new FormData(event.currentTarget).get("form") }, event.currentTarget);
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Registrér jobsamtalen ${meetingWhen(meeting)} som afholdt`}>
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
      <p className="muted">Medlemmet og a-kassen deltog. Mødte medlemmet ikke op, så registrér en udeblivelse i stedet.</p>
      <Buttons error={record.errors["meetingId"]} busy={record.busy} label="Gem som afholdt" onClose={onClose} />
    </form>
  );
}

/** The member did not turn up: the meeting then counts toward no deadline. */
export function NoShowAkasseMeetingForm({ meeting, report, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const noShow = useMemberMutation(
    meeting.forloebId,
    MeetingRef,
    (input) => api.akasse.markNoShow.mutate(input),
    { success: (m) => `Jobsamtalen ${meetingWhen(m)} er registreret som udeblevet.`, failure: "Udeblivelsen kunne ikke registreres", onDone },
    report,
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    noShow.submit({ meetingId: meeting.id }, event.currentTarget);
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Registrér udeblivelse ${meetingWhen(meeting)}`}>
      <p>Medlemmet mødte ikke op {meetingWhen(meeting)}. Samtalen tæller ikke med i fristerne.</p>
      <Buttons error={noShow.errors["meetingId"]} busy={noShow.busy} label="Bekræft udeblivelse" onClose={onClose} />
    </form>
  );
}

/** Cancel a planned jobsamtale; the reason is kept with it. */
export function CancelAkasseMeetingForm({ meeting, report, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const cancel = useMemberMutation(
    meeting.forloebId,
    MeetingCancelInput,
    (input) => api.akasse.cancel.mutate(input),
    { success: (m) => `Jobsamtalen ${meetingWhen(m)} er aflyst.`, failure: "Jobsamtalen kunne ikke aflyses", onDone },
    report,
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    cancel.submit({ meetingId: meeting.id, reason: new FormData(event.currentTarget).get("reason") }, event.currentTarget);
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Aflys jobsamtalen ${meetingWhen(meeting)}`}>
      <TextAreaField label="Begrundelse for aflysning" name="reason" error={cancel.errors["reason"]} autoFocus maxLength={500} />
      <Buttons error={null} busy={cancel.busy} label="Aflys jobsamtalen" onClose={onClose} />
    </form>
  );
}

/**
 * Correct what was recorded: the outcome (planned, held, no-show; a cancelled meeting can be
 * brought back as planned) and the day and time. The CV-samtale has a day only.
 */
export function CorrectAkasseMeetingForm({ meeting, report, onDone, onClose }: MeetingFormProps) {
  const api = useApi();
  const id = useId();
  const [status, setStatus] = useState<string>(meeting.status === "aflyst" ? "planlagt" : meeting.status);
  const correct = useMemberMutation(
    meeting.forloebId,
    AkasseMeetingCorrectInput,
    (input) => api.akasse.correct.mutate(input),
    {
      success: (m) => `Samtalen er rettet: ${MEETING_STATUS_LABEL[m.status].toLowerCase()} ${meetingWhen(m)}.`,
      failure: "Rettelsen kunne ikke gemmes",
      onDone,
    },
    report,
  );
  const dayOnly = meeting.kind === "cv";
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const time = dayOnly ? meeting.time : form.get("time");
    correct.submit({ meetingId: meeting.id, version: meeting.version, status, date: form.get("date"), time }, event.currentTarget);
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Ret samtalen ${meetingWhen(meeting)}`}>
      <fieldset aria-describedby={correct.errors["status"] ? `${id}-status-error` : undefined}>
        <legend>Status</legend>
        {AKASSE_CORRECTED_STATUSES.map((s) => (
          <div key={s} className="radio">
            <input type="radio" id={`${id}-${s}`} name="status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            <label htmlFor={`${id}-${s}`}>{MEETING_STATUS_LABEL[s]}</label>
          </div>
        ))}
        <FieldError id={`${id}-status`} error={correct.errors["status"]} />
      </fieldset>
      <Field label="Dato" name="date" type="date" defaultValue={meeting.date} error={correct.errors["date"]} />
      {dayOnly ? null : <Field label="Klokkeslæt" name="time" type="time" defaultValue={meeting.time} error={correct.errors["time"]} />}
      <Buttons error={correct.errors["meetingId"]} busy={correct.busy} label="Gem rettelsen" onClose={onClose} />
    </form>
  );
}
