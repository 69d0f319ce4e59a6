import { useState, type FormEvent } from "react";
import { MeetingCancelInput, type MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

/** Cancel a booked fællessamtale with a reason; the jobcentre's slot becomes free again. */
export function CancelForm({ meeting, report }: { meeting: MeetingRecord; report: Report }) {
  const api = useApi();
  const [reason, setReason] = useState("");
  const cancel = useMemberMutation(
    meeting.forloebId,
    MeetingCancelInput,
    (input) => api.joint.cancel.mutate(input),
    {
      success: (cancelled) => `Fællessamtalen ${formatDanishDateTime(cancelled.date, cancelled.time)} er aflyst.`,
      failure: "Fællessamtalen kunne ikke aflyses",
    },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    cancel.submit({ meetingId: meeting.id, reason }, event.currentTarget);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label="Begrundelse for aflysningen" value={reason} onChange={(e) => setReason(e.target.value)} error={cancel.errors["reason"]} maxLength={500} />
      <FormSubmit error={null} busy={cancel.busy} label="Aflys fællessamtalen" busyLabel="Aflyser …" />
    </form>
  );
}
