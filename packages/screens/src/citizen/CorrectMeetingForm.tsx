import { useState, type FormEvent } from "react";
import { MeetingCorrectInput, type CorrectableStatus, type MeetingRecord } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { RadioGroup, TextAreaField, type Choice } from "./controls.js";
import { textValue } from "./form-values.js";
import { HeldFields, heldValues } from "./HeldFields.js";
import { useCitizenMutation } from "./useCitizenMutation.js";
import type { MeetingFormProps } from "./meeting-form-props.js";

/** What a recorded meeting can be corrected to, worded from where it stands now. */
function choicesFor(meeting: MeetingRecord, asOf: string): Choice[] {
  const taken = meeting.date <= asOf;
  switch (meeting.status) {
    case "afholdt":
      return [
        { value: "afholdt", label: "Afholdt (ret samtaleform eller deltagere)" },
        { value: "udeblevet", label: "Udeblevet: borgeren mødte ikke op" },
        { value: "planlagt", label: "Ikke holdt endnu: planlagt" },
      ];
    case "udeblevet":
      return [
        { value: "afholdt", label: "Afholdt" },
        { value: "planlagt", label: "Ikke holdt endnu: planlagt" },
      ];
    case "aflyst":
      return [{ value: "planlagt", label: taken ? "Genoptag som planlagt (registrér derefter, hvad der skete)" : "Genoptag som planlagt" }];
    case "planlagt":
      return [];
  }
}

/**
 * Correct what was recorded about a meeting: held, missed, back to planned, or un-cancelled. A held
 * meeting is only changed with a reason, which is kept in the audit log.
 */
export function CorrectMeetingForm({ citizenId, meeting, asOf, onDone, onClose }: MeetingFormProps & { asOf: string }) {
  const api = useApi();
  const choices = choicesFor(meeting, asOf);
  const [status, setStatus] = useState<string | undefined>(choices.length === 1 ? choices[0]?.value : undefined);
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, MeetingCorrectInput, (input) => api.meeting.correct.mutate(input), onDone);
  const reasonRequired = meeting.status === "afholdt";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = textValue(form, "status") as CorrectableStatus | undefined;
    submit({
      meetingId: meeting.id,
      version: meeting.version,
      status: chosen,
      ...(chosen === "afholdt" ? heldValues(form) : {}),
      reason: textValue(form, "reason"),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label="Ret samtalens udfald">
      <RadioGroup legend="Hvad skete der?" name="status" choices={choices} defaultValue={status} onChoose={setStatus} error={errors["status"]} />
      {status === "afholdt" ? <HeldFields meeting={meeting} errors={errors} /> : null}
      <TextAreaField
        label={reasonRequired ? "Begrundelse (skal udfyldes, når en afholdt samtale ændres; gemmes i loggen)" : "Begrundelse (valgfri; gemmes i loggen)"}
        name="reason"
        error={errors["reason"]}
      />
      <FormSubmit error={serverError ?? errors["meetingId"]} busy={busy} label="Gem rettelsen" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
