import { useState } from "react";
import type { MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, MEETING_KIND_LABEL, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { RecordMeetingForm } from "./RecordMeetingForm.js";

/** The citizen's meetings, newest first; a planned meeting that has taken place can be recorded as held. */
export function MeetingsTable({ citizenId, meetings, asOf }: { citizenId: string; meetings: readonly MeetingRecord[]; asOf: string }) {
  const [recording, setRecording] = useState<string | null>(null);
  if (meetings.length === 0) return <p>Borgeren har ingen samtaler endnu.</p>;
  return (
    <table>
      <caption>{meetings.length} samtaler, nyeste først</caption>
      <thead>
        <tr>
          <th scope="col">Tidspunkt</th>
          <th scope="col">Slags</th>
          <th scope="col">Status</th>
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
            <td>
              {m.status === "planlagt" && m.date <= asOf ? (
                recording === m.id ? (
                  <RecordMeetingForm citizenId={citizenId} meeting={m} onDone={() => setRecording(null)} />
                ) : (
                  <button type="button" onClick={() => setRecording(m.id)}>
                    Registrér som afholdt<span className="visually-hidden"> ({formatDanishDateTime(m.date, m.time)})</span>
                  </button>
                )
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
