import { useEffect, useRef, useState, type FormEvent } from "react";
import { MeetingNoteInput, type MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import "../tools.css";
import { FormSubmit } from "../components/FormSubmit.js";
import { TextAreaField } from "./controls.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/**
 * The referat of a held samtale, in the citizen's meeting list: its text, and a form to write or
 * correct it (empty text removes it). Other meetings show a referat only if one was kept.
 */
export function MeetingNote({ citizenId, meeting }: { citizenId: string; meeting: MeetingRecord }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!refocus) return;
    button.current?.focus();
    setRefocus(false);
  }, [refocus]);
  const when = formatDanishDateTime(meeting.date, meeting.time);
  const close = (done: boolean) => {
    setEditing(false);
    setSaved(done);
    setRefocus(true);
  };

  if (editing) return <NoteForm citizenId={citizenId} meeting={meeting} onClose={close} />;
  return (
    <>
      {meeting.note ? <p className="note">{meeting.note}</p> : null}
      {meeting.status === "afholdt" ? (
        <>
          <button
            type="button"
            ref={button}
            className="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {meeting.note ? "Ret referat" : "Skriv referat"}
            <span className="visually-hidden"> ({when})</span>
          </button>
          <p role="status" className={saved ? "muted" : "visually-hidden"}>
            {saved ? "Referatet er gemt." : ""}
          </p>
        </>
      ) : null}
    </>
  );
}

function NoteForm({ citizenId, meeting, onClose }: { citizenId: string; meeting: MeetingRecord; onClose: (saved: boolean) => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(
    citizenId,
    MeetingNoteInput,
    (input) => api.meeting.setNote.mutate(input),
    () => onClose(true),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ meetingId: meeting.id, version: meeting.version, note: new FormData(event.currentTarget).get("note") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Referat af samtalen ${formatDanishDateTime(meeting.date, meeting.time)}`}>
      <TextAreaField label="Referat" name="note" rows={6} defaultValue={meeting.note ?? ""} error={errors["note"]} autoFocus />
      <p className="muted">Skriv ikke CPR-numre i referatet. Tom tekst fjerner referatet.</p>
      <FormSubmit error={serverError} busy={busy} label="Gem referat" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={() => onClose(false)}>
        Fortryd
      </button>
    </form>
  );
}
