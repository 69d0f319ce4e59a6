import { useState, type FormEvent } from "react";
import { RecordCvInput, type JointMember } from "@kontaktplan/schema";
import { formatDanishShortDate } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { CvList } from "./CvList.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

/**
 * The CV-samtaler recorded so far (each correctable), and the form to record the date the a-kasse
 * held one; the jobcentre's first meeting should come after it.
 */
export function CvForm({ member, report }: { member: JointMember; report: Report }) {
  const api = useApi();
  const [date, setDate] = useState("");
  const record = useMemberMutation(
    member.forloebId,
    RecordCvInput,
    (input) => api.joint.recordCv.mutate(input),
    {
      success: (cv) => `CV-samtalen ${formatDanishShortDate(cv.date)} er registreret.`,
      failure: "CV-samtalen kunne ikke registreres",
      onDone: () => setDate(""),
    },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.submit({ forloebId: member.forloebId, date }, event.currentTarget);
  }

  return (
    <>
      <CvList member={member} report={report} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Dato for CV-samtalen"
          type="date"
          max={member.asOf}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={record.errors["date"]}
        />
        <FormSubmit error={null} busy={record.busy} label="Registrér CV-samtale" busyLabel="Registrerer …" />
      </form>
    </>
  );
}
