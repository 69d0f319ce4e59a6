import { useState, type FormEvent } from "react";
import { AkasseMeetingPlanInput, SAMTALE_FORMS, type JointMember } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { SelectField } from "../citizen/controls.js";
import { FORM_LABEL } from "../citizen/labels.js";
import type { Report } from "./outcome.js";
import { meetingWhen } from "./meeting-when.js";
import { useMemberMutation } from "./useMemberMutation.js";

const FORM_CHOICES = SAMTALE_FORMS.map((f) => ({ value: f, label: FORM_LABEL[f] }));

/** Plan one of the a-kasse's own jobsamtaler with the member; the first suggested date is offered. */
export function AkassePlanForm({ member, report }: { member: JointMember; report: Report }) {
  const api = useApi();
  const [date, setDate] = useState(member.akasseSuggestions[0]?.date ?? member.asOf);
  const plan = useMemberMutation(
    member.forloebId,
    AkasseMeetingPlanInput,
    (input) => api.akasse.plan.mutate(input),
    { success: (m) => `Jobsamtalen ${meetingWhen(m)} er planlagt.`, failure: "Jobsamtalen kunne ikke planlægges" },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    plan.submit({ forloebId: member.forloebId, date, time: form.get("time"), form: form.get("form") }, event.currentTarget);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Planlæg jobsamtale">
      <Field label="Dato" name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={plan.errors["date"]} />
      <Field label="Klokkeslæt" name="time" type="time" defaultValue="10:00" error={plan.errors["time"]} />
      <SelectField label="Samtaleform" name="form" choices={FORM_CHOICES} defaultValue="fremmoede" error={plan.errors["form"]} />
      <FormSubmit error={null} busy={plan.busy} label="Planlæg jobsamtale" busyLabel="Planlægger …" />
    </form>
  );
}
