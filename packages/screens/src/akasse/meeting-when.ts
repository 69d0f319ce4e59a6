import type { MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime } from "@kontaktplan/ui";

/** When a meeting is, in words: the CV-samtale is recorded by its day only. */
export function meetingWhen(meeting: Pick<MeetingRecord, "kind" | "date" | "time">): string {
  return meeting.kind === "cv" ? formatDanishDate(meeting.date) : formatDanishDateTime(meeting.date, meeting.time);
}
