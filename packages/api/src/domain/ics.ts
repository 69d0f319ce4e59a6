/**
 * A meeting as an iCalendar file. It names the kind of meeting, the jobcentre and the form —
 * nothing about the citizen, since calendars are shared and synced to phones.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { IcsFile, MeetingRecord, SamtaleForm, SamtaleKind } from "@kontaktplan/schema";

/** Meetings store a start, not an end; calendars get the usual hour. */
const DURATION_MS = 60 * 60 * 1000;

const TITLES: Record<SamtaleKind, string> = {
  individuel: "Samtale i jobcentret",
  faelles: "Fællessamtale med jobcenter og a-kasse",
  cv: "CV-samtale i a-kassen",
};

const FORMS: Record<SamtaleForm, string> = {
  fremmoede: "fremmøde",
  telefon: "telefon",
  video: "video",
  digital: "digital",
};

export function meetingIcs(meeting: MeetingRecord, jobcentreName: string, now: Date): IcsFile {
  const start = new Date(meeting.startsAt);
  const calendar = ical({
    prodId: { company: "Kontaktplan", product: "Kontaktplan", language: "DA" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${meeting.id}@kontaktplan`,
    // Calendars replace an event they know when the sequence grows: every change bumps `version`.
    sequence: meeting.version - 1,
    stamp: now,
    start,
    end: new Date(start.getTime() + DURATION_MS),
    summary: TITLES[meeting.kind],
    location: jobcentreName,
    description: meeting.form ? `Form: ${FORMS[meeting.form]}` : null,
    status: meeting.status === "aflyst" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { filename: `samtale-${meeting.date}.ics`, content: calendar.toString() };
}
