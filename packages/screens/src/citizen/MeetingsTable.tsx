import { useEffect, useRef, useState, type ReactNode } from "react";
import { isAkasseKind, type MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, MEETING_KIND_LABEL, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { CancelMeetingForm } from "./CancelMeetingForm.js";
import { CorrectMeetingForm } from "./CorrectMeetingForm.js";
import { MeetingNote } from "./MeetingNote.js";
import { NoShowForm } from "./NoShowForm.js";
import { RecordMeetingForm } from "./RecordMeetingForm.js";

type Action = "record" | "noShow" | "cancel" | "correct";

/** What each action button says, and what the page announces when it is done. */
const ACTION: Record<Action, { button: string; done: string }> = {
  record: { button: "Registrér som afholdt", done: "registreret som afholdt" },
  noShow: { button: "Registrér udeblivelse", done: "registreret som udeblevet" },
  cancel: { button: "Aflys", done: "aflyst" },
  correct: { button: "Ret udfald", done: "rettet" },
};

/**
 * The actions a meeting allows: a planned one is held or missed once its day has come, cancelled
 * any time; what the jobcentre recorded (its own samtaler) can be corrected. The a-kasse's own
 * meetings (its jobsamtaler, the CV-samtale) are the a-kasse's to record and correct.
 */
function actionsFor(meeting: MeetingRecord, asOf: string): Action[] {
  if (isAkasseKind(meeting.kind)) return [];
  if (meeting.status !== "planlagt") return meeting.kind === "individuel" || meeting.kind === "faelles" ? ["correct"] : [];
  return meeting.date <= asOf ? ["record", "noShow", "cancel"] : ["cancel"];
}

/** The citizen's meetings, newest first, with the actions a planned meeting allows, one form open at a time. */
export function MeetingsTable({ citizenId, meetings, asOf }: { citizenId: string; meetings: readonly MeetingRecord[]; asOf: string }) {
  const [open, setOpen] = useState<{ meetingId: string; action: Action } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Where keyboard focus goes once a form closes: back to its button, or to what was done.
  const [refocus, setRefocus] = useState<{ meetingId: string; action: Action } | "announcement" | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (refocus === null) return;
    if (refocus === "announcement") announcementRef.current?.focus();
    else tableRef.current?.querySelector<HTMLElement>(`button[data-meeting="${refocus.meetingId}"][data-action="${refocus.action}"]`)?.focus();
    setRefocus(null);
  }, [refocus]);
  if (meetings.length === 0) return <p>Borgeren har ingen samtaler endnu.</p>;

  function form(m: MeetingRecord, action: Action): ReactNode {
    const onClose = () => {
      setOpen(null);
      setRefocus({ meetingId: m.id, action });
    };
    const onDone = () => {
      setOpen(null);
      setAnnouncement(`Samtalen ${formatDanishDateTime(m.date, m.time)} er ${ACTION[action].done}.`);
      setRefocus("announcement");
    };
    const props = { citizenId, meeting: m, onDone, onClose };
    if (action === "record") return <RecordMeetingForm {...props} />;
    if (action === "noShow") return <NoShowForm {...props} />;
    if (action === "correct") return <CorrectMeetingForm {...props} asOf={asOf} />;
    return <CancelMeetingForm {...props} />;
  }

  return (
    <>
      <p role="status" ref={announcementRef} tabIndex={-1} className={announcement ? "success-box" : undefined}>
        {announcement}
      </p>
      <table ref={tableRef}>
        <caption>{meetings.length} samtaler, nyeste først</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Slags</th>
            <th scope="col">Status</th>
            <th scope="col">Referat</th>
            <th scope="col">Handling</th>
          </tr>
        </thead>
        <tbody>
          {[...meetings].reverse().map((m) => (
            <tr key={m.id}>
              <th scope="row">{formatDanishDateTime(m.date, m.time)}</th>
              <td>{MEETING_KIND_LABEL[m.kind]}</td>
              <td>
                {MEETING_STATUS_LABEL[m.status]}
                {m.cancelReason ? ` (${m.cancelReason})` : ""}
              </td>
              {/* The referat is the jobcentre's, on its own samtaler. */}
              <td>{isAkasseKind(m.kind) ? null : <MeetingNote citizenId={citizenId} meeting={m} />}</td>
              <td>
                {open?.meetingId === m.id ? (
                  form(m, open.action)
                ) : isAkasseKind(m.kind) ? (
                  <span className="muted">Holdes og registreres af a-kassen</span>
                ) : (
                  <div className="actions">
                    {actionsFor(m, asOf).map((action) => (
                      <button
                        key={action}
                        type="button"
                        data-meeting={m.id}
                        data-action={action}
                        className={action === "record" ? undefined : "secondary"}
                        onClick={() => {
                          setAnnouncement("");
                          setOpen({ meetingId: m.id, action });
                        }}
                      >
                        {ACTION[action].button}
                        <span className="visually-hidden"> ({formatDanishDateTime(m.date, m.time)})</span>
                      </button>
                    ))}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
