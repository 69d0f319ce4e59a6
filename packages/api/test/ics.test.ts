import { describe, expect, it } from "vitest";
import type { MeetingRecord } from "@kontaktplan/schema";
import { meetingIcs } from "../src/domain/ics.js";

const meeting: MeetingRecord = {
  id: "6f1c7a52-1d1e-4c55-9d0e-1f3f7b0e2a11",
  forloebId: "0b9f3a1e-7d44-4f38-a3a4-2c7f0a7e1b22",
  startsAt: "2025-07-01T07:30:00.000Z",
  date: "2025-07-01",
  time: "09:30",
  kind: "faelles",
  status: "planlagt",
  form: "video",
  participants: [],
  cancelReason: null,
  note: null,
  version: 3,
};
const NOW = new Date("2025-06-20T12:00:00Z");
const DETAILS = { jobcentreName: "Jobcenter Odense", jobcentreAddress: "Jobcentervej 1, 5000 Odense C", memberName: "Dagmar Dagpenge", minutes: null };

function lines(content: string): string[] {
  return content.split("\r\n");
}

describe("meetingIcs", () => {
  it("writes summer times as Copenhagen wall-clock times with the zone's rules, and the stamp in UTC", () => {
    const file = lines(meetingIcs(meeting, DETAILS, NOW).content);
    expect(file).toContain("DTSTART;TZID=Europe/Copenhagen:20250701T093000");
    expect(file).toContain("DTEND;TZID=Europe/Copenhagen:20250701T103000");
    expect(file).toContain("DTSTAMP:20250620T120000Z");
    const zone = file.slice(file.indexOf("BEGIN:VTIMEZONE"), file.indexOf("END:VTIMEZONE") + 1);
    expect(zone).toContain("TZID:Europe/Copenhagen");
    expect(zone).toContain("TZOFFSETTO:+0200");
    expect(zone).toContain("TZOFFSETTO:+0100");
  });

  it("names the meeting in Danish, keeps one identity across changes, and marks a cancellation", () => {
    const file = lines(meetingIcs({ ...meeting, status: "aflyst" }, DETAILS, NOW).content);
    expect(file).toContain("SUMMARY:Fællessamtale med jobcenter og a-kasse: Dagmar Dagpenge");
    expect(file).toContain("LOCATION:Jobcenter Odense\\, Jobcentervej 1\\, 5000 Odense C");
    expect(file).toContain("DESCRIPTION:Form: video");
    expect(file).toContain(`UID:${meeting.id}@kontaktplan`);
    expect(file).toContain("SEQUENCE:2");
    expect(file).toContain("STATUS:CANCELLED");
    expect(meetingIcs(meeting, DETAILS, NOW).filename).toBe("samtale-2025-07-01.ics");
  });

  it("lasts as long as the slot it was booked on", () => {
    const file = lines(meetingIcs(meeting, { ...DETAILS, minutes: 45 }, NOW).content);
    expect(file).toContain("DTEND;TZID=Europe/Copenhagen:20250701T101500");
  });
});
