import { useState, type FormEvent } from "react";
import { CvRef, CvUpdateInput, type JointMember, type MeetingRecord } from "@kontaktplan/schema";
import { formatDanishShortDate } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

type Open = { id: string; action: "edit" | "remove" } | null;

/** The CV-samtaler recorded for the member, each correctable (another day) or removable when recorded by mistake. */
export function CvList({ member, report }: { member: JointMember; report: Report }) {
  const [open, setOpen] = useState<Open>(null);
  const recorded = member.meetings.filter((m) => m.kind === "cv");
  if (recorded.length === 0) return <p>Der er ikke registreret en CV-samtale.</p>;
  const close = () => setOpen(null);
  return (
    <table>
      <caption className="visually-hidden">Registrerede CV-samtaler</caption>
      <thead>
        <tr>
          <th scope="col">Holdt</th>
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {recorded.map((cv) => (
          <tr key={cv.id}>
            <th scope="row">{formatDanishShortDate(cv.date)}</th>
            <td>
              {open?.id === cv.id && open.action === "edit" ? <EditCvForm member={member} cv={cv} report={report} onClose={close} /> : null}
              {open?.id === cv.id && open.action === "remove" ? <RemoveCvForm member={member} cv={cv} report={report} onClose={close} /> : null}
              {open?.id !== cv.id ? (
                <>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ id: cv.id, action: "edit" })}
                    aria-label={`Ret CV-samtalen ${formatDanishShortDate(cv.date)}`}
                  >
                    Ret
                  </button>{" "}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ id: cv.id, action: "remove" })}
                    aria-label={`Fjern CV-samtalen ${formatDanishShortDate(cv.date)}`}
                  >
                    Fjern
                  </button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CvFormProps {
  member: JointMember;
  cv: MeetingRecord;
  report: Report;
  onClose: () => void;
}

function EditCvForm({ member, cv, report, onClose }: CvFormProps) {
  const api = useApi();
  const [date, setDate] = useState(cv.date);
  const update = useMemberMutation(
    member.forloebId,
    CvUpdateInput,
    (input) => api.cv.update.mutate(input),
    { success: (moved) => `CV-samtalen er rettet til ${formatDanishShortDate(moved.date)}.`, failure: "CV-samtalen kunne ikke rettes", onDone: onClose },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.submit({ meetingId: cv.id, version: cv.version, date }, event.currentTarget);
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Ret CV-samtalen ${formatDanishShortDate(cv.date)}`}>
      <Field label="Den rigtige dato" type="date" max={member.asOf} value={date} onChange={(e) => setDate(e.target.value)} error={update.errors["date"]} />
      <FormSubmit error={null} busy={update.busy} label="Gem rettelsen" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}

/** Confirm first: the jobcentre's first meeting is then no longer measured from this CV-samtale. */
function RemoveCvForm({ member, cv, report, onClose }: CvFormProps) {
  const api = useApi();
  const remove = useMemberMutation(
    member.forloebId,
    CvRef,
    (input) => api.cv.remove.mutate(input),
    { success: (removed) => `CV-samtalen ${formatDanishShortDate(removed.date)} er fjernet.`, failure: "CV-samtalen kunne ikke fjernes", onDone: onClose },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.submit({ meetingId: cv.id, version: cv.version }, event.currentTarget);
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Fjern CV-samtalen ${formatDanishShortDate(cv.date)}`}>
      <p>Fjern kun en CV-samtale, der er registreret ved en fejl.</p>
      <FormSubmit error={null} busy={remove.busy} label="Bekræft: fjern CV-samtalen" busyLabel="Fjerner …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
