import { useEffect, useRef, useState, type ComponentType } from "react";
import { isAkasseKind, type JointMember, type MeetingRecord } from "@kontaktplan/schema";
import { MEETING_KIND_LABEL, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { FORM_LABEL } from "../citizen/labels.js";
import {
  CancelAkasseMeetingForm,
  CorrectAkasseMeetingForm,
  NoShowAkasseMeetingForm,
  RecordAkasseMeetingForm,
  type MeetingFormProps,
} from "./AkasseMeetingForms.js";
import type { Report } from "./outcome.js";
import { meetingWhen } from "./meeting-when.js";

type Action = "record" | "noShow" | "cancel" | "correct";

const ACTIONS: Record<Action, { button: string; Form: ComponentType<MeetingFormProps> }> = {
  record: { button: "Registrér som afholdt", Form: RecordAkasseMeetingForm },
  noShow: { button: "Registrér udeblivelse", Form: NoShowAkasseMeetingForm },
  cancel: { button: "Aflys", Form: CancelAkasseMeetingForm },
  correct: { button: "Ret", Form: CorrectAkasseMeetingForm },
};

/** A planned meeting is held or missed once its day has come, and cancelled any time; anything recorded can be corrected. */
function actionsFor(meeting: MeetingRecord, asOf: string): Action[] {
  if (meeting.status !== "planlagt") return ["correct"];
  return meeting.date <= asOf ? ["record", "noShow", "cancel", "correct"] : ["cancel", "correct"];
}

/** The a-kasse's own meetings with the member (jobsamtaler and CV-samtaler), newest first, each with what can be done to it. */
export function AkasseMeetings({ member, report }: { member: JointMember; report: Report }) {
  const [open, setOpen] = useState<{ meetingId: string; action: Action } | null>(null);
  const [refocus, setRefocus] = useState<{ meetingId: string; action: Action } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (refocus === null) return;
    table.current?.querySelector<HTMLElement>(`button[data-meeting="${refocus.meetingId}"][data-action="${refocus.action}"]`)?.focus();
    setRefocus(null);
  }, [refocus]);
  const own = member.meetings.filter((m) => isAkasseKind(m.kind)).reverse();
  if (own.length === 0) return <p>A-kassen har ingen jobsamtaler eller CV-samtaler med medlemmet endnu.</p>;
  return (
    <table ref={table}>
      <caption>A-kassens samtaler med {member.name}, nyeste først</caption>
      <thead>
        <tr>
          <th scope="col">Tidspunkt</th>
          <th scope="col">Slags</th>
          <th scope="col">Status</th>
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {own.map((m) => {
          const opened = open?.meetingId === m.id ? ACTIONS[open.action] : null;
          return (
            <tr key={m.id}>
              <th scope="row">{meetingWhen(m)}</th>
              <td data-label="Slags">{MEETING_KIND_LABEL[m.kind]}</td>
              <td data-label="Status">
                {MEETING_STATUS_LABEL[m.status]}
                {m.status === "afholdt" && m.form ? ` (${FORM_LABEL[m.form].toLowerCase()})` : ""}
                {m.cancelReason ? ` (${m.cancelReason})` : ""}
              </td>
              <td>
                {opened && open ? (
                  <opened.Form
                    meeting={m}
                    report={report}
                    onDone={() => setOpen(null)}
                    onClose={() => {
                      setOpen(null);
                      setRefocus(open);
                    }}
                  />
                ) : (
                  <div className="actions">
                    {actionsFor(m, member.asOf).map((action) => (
                      <button
                        key={action}
                        type="button"
                        data-meeting={m.id}
                        data-action={action}
                        className={action === "record" ? undefined : "secondary"}
                        onClick={() => setOpen({ meetingId: m.id, action })}
                      >
                        {ACTIONS[action].button}
                        <span className="visually-hidden"> ({meetingWhen(m)})</span>
                      </button>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
