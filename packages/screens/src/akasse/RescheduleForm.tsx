import { useState, type FormEvent } from "react";
import { JointRescheduleInput, type MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { SlotChoice } from "./SlotChoice.js";
import { useFreeSlots } from "./useFreeSlots.js";
import { useMemberMutation } from "./useMemberMutation.js";
import type { Report } from "./outcome.js";
import type { DateWindow } from "./windows.js";

interface RescheduleFormProps {
  meeting: MeetingRecord;
  /** Days the meeting may move to: inside every window it is booked for. */
  window: DateWindow | null;
  report: Report;
}

/** Move a booked fællessamtale to another free slot, with a reason. */
export function RescheduleForm({ meeting, window, report }: RescheduleFormProps) {
  const api = useApi();
  const slots = useFreeSlots(meeting.forloebId, window);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const reschedule = useMemberMutation(
    meeting.forloebId,
    JointRescheduleInput,
    (input) => api.joint.reschedule.mutate(input),
    {
      success: (moved) => `Fællessamtalen er flyttet til ${formatDanishDateTime(moved.date, moved.time)}.`,
      failure: "Fællessamtalen kunne ikke flyttes",
      onDone: () => setReason(""),
    },
    report,
  );
  const chosen = slots.data?.some((s) => s.id === slotId) ? slotId : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reschedule.submit({ meetingId: meeting.id, slotId: chosen ?? undefined, reason }, event.currentTarget);
  }

  if (window === null) return <p>Der er ingen dage tilbage i vinduet at flytte fællessamtalen til.</p>;
  if (slots.isPending) return <Loading what="ledige tider" />;
  if (slots.isError) return <ErrorMessage error={slots.error} title="De ledige tider kunne ikke hentes" />;
  if (slots.data.length === 0) return <p>Jobcentret har ingen andre ledige tider inden for vinduet.</p>;
  return (
    <form onSubmit={submit} noValidate>
      <SlotChoice legend="Ny tid inden for vinduet" slots={slots.data} value={chosen} onChange={setSlotId} error={reschedule.errors["slotId"]} />
      <Field
        label="Begrundelse for flytningen"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={reschedule.errors["reason"]}
        maxLength={500}
      />
      <FormSubmit error={null} busy={reschedule.busy} label="Flyt fællessamtalen" busyLabel="Flytter …" />
    </form>
  );
}
