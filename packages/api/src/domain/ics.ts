/**
 * Meetings as iCalendar: one meeting as a file, or a caseworker's feed of many. An event names
 * the kind of meeting and the member (never a CPR number: calendars are shared and synced to
 * phones; a feed may leave out names too), the form, and the jobcentre with its address. A
 * cancelled meeting keeps its UID with a higher SEQUENCE and STATUS:CANCELLED, so importing the
 * file removes it from the calendar that has it.
 */
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import type { IcsFile, MeetingRecord, SamtaleForm, SamtaleKind } from "@kontaktplan/schema";
import { COPENHAGEN } from "../time.js";

/** Meetings store a start, not an end; without a booked slot's length calendars get the usual hour. */
export const DEFAULT_MEETING_MINUTES = 60;

export interface IcsDetails {
  jobcentreName: string;
  jobcentreAddress: string | null;
  /** The member's name; null leaves the person out ("Borgersamtale"). */
  memberName: string | null;
  /** The length of the slot the meeting was booked on, if any. */
  minutes: number | null;
}

const TITLES: Record<SamtaleKind, string> = {
  individuel: "Samtale i jobcentret",
  faelles: "Fællessamtale med jobcenter og a-kasse",
  cv: "CV-samtale i a-kassen",
  akasse: "Jobsamtale i a-kassen",
};

/** Without the member's name: what the meeting is, never whom it is with. */
const ANONYMOUS_TITLES: Record<SamtaleKind, string> = {
  individuel: "Borgersamtale",
  faelles: "Borgersamtale (fællessamtale)",
  cv: "Borgersamtale (CV-samtale)",
  akasse: "Borgersamtale (a-kassen)",
};

const FORMS: Record<SamtaleForm, string> = {
  fremmoede: "fremmøde",
  telefon: "telefon",
  video: "video",
  digital: "digital",
};

function calendar(options: { name?: string; ttlSeconds?: number } = {}): ICalCalendar {
  return ical({
    prodId: { company: "Kontaktplan", product: "Kontaktplan", language: "DA" },
    method: ICalCalendarMethod.PUBLISH,
    // Times are written as Danes read them (TZID=Europe/Copenhagen) with the zone's VTIMEZONE, so
    // a calendar keeps the meeting at 10:00 across DST. No calendar-wide zone: DTSTAMP stays UTC.
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(options.name ? { name: options.name } : {}),
    ...(options.ttlSeconds ? { ttl: options.ttlSeconds } : {}),
  });
}

function addEvent(target: ICalCalendar, meeting: MeetingRecord, details: IcsDetails, now: Date): void {
  const start = new Date(meeting.startsAt);
  target.createEvent({
    id: `${meeting.id}@kontaktplan`,
    // Calendars replace an event they know when the sequence grows: every change bumps `version`.
    sequence: meeting.version - 1,
    stamp: now,
    timezone: COPENHAGEN,
    // TZDate carries the zone, so the wall-clock time is Copenhagen's, not the process's (UTC).
    start: new TZDate(start.getTime(), COPENHAGEN),
    end: new TZDate(start.getTime() + (details.minutes ?? DEFAULT_MEETING_MINUTES) * 60_000, COPENHAGEN),
    summary: details.memberName === null ? ANONYMOUS_TITLES[meeting.kind] : `${TITLES[meeting.kind]}: ${details.memberName}`,
    location: details.jobcentreAddress ? `${details.jobcentreName}, ${details.jobcentreAddress}` : details.jobcentreName,
    description: meeting.form ? `Form: ${FORMS[meeting.form]}` : null,
    status: meeting.status === "aflyst" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

export function meetingIcs(meeting: MeetingRecord, details: IcsDetails, now: Date): IcsFile {
  const file = calendar();
  addEvent(file, meeting, details, now);
  return { filename: `samtale-${meeting.date}.ics`, content: file.toString() };
}

/** How often a subscribed calendar should fetch the feed again. */
const FEED_REFRESH_SECONDS = 15 * 60;

/** A caseworker's subscription feed: every meeting given, in one calendar. */
export function feedIcs(events: readonly { meeting: MeetingRecord; details: IcsDetails }[], now: Date): string {
  const feed = calendar({ name: "Kontaktplan: mine samtaler", ttlSeconds: FEED_REFRESH_SECONDS });
  for (const { meeting, details } of events) addEvent(feed, meeting, details, now);
  return feed.toString();
}
