/**
 * A meeting as an iCalendar file. It names the kind of meeting, the jobcentre and the form —
 * nothing about the citizen, since calendars are shared and synced to phones.
 */
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { IcsFile, MeetingRecord, SamtaleForm, SamtaleKind } from "@kontaktplan/schema";
import { COPENHAGEN } from "../time.js";

/** Meetings store a start, not an end; calendars get the usual hour. */
const DURATION_MS = 60 * 60 * 1000;

const TITLES: Record<SamtaleKind, string> = {
  individuel: "Samtale i jobcentret",
  faelles: "Fællessamtale med jobcenter og a-kasse",
  cv: "CV-samtale i a-kassen",
  akasse: "Jobsamtale i a-kassen",
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
    // Times are written as Danes read them (TZID=Europe/Copenhagen) with the zone's VTIMEZONE, so
    // a calendar keeps the meeting at 10:00 across DST. No calendar-wide zone: DTSTAMP stays UTC.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  calendar.createEvent({
    id: `${meeting.id}@kontaktplan`,
    // Calendars replace an event they know when the sequence grows: every change bumps `version`.
    sequence: meeting.version - 1,
    stamp: now,
    timezone: COPENHAGEN,
    // TZDate carries the zone, so the wall-clock time is Copenhagen's, not the process's (UTC).
    start: new TZDate(start.getTime(), COPENHAGEN),
    end: new TZDate(start.getTime() + DURATION_MS, COPENHAGEN),
    summary: TITLES[meeting.kind],
    location: jobcentreName,
    description: meeting.form ? `Form: ${FORMS[meeting.form]}` : null,
    status: meeting.status === "aflyst" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { filename: `samtale-${meeting.date}.ics`, content: calendar.toString() };
}
