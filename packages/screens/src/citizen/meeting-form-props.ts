import type { MeetingRecord } from "@kontaktplan/schema";

/** What every form acting on one meeting of a citizen's gets: the meeting, and what to do after. */
export interface MeetingFormProps {
  citizenId: string;
  meeting: MeetingRecord;
  /** The change was saved: the page reports it and closes the form. */
  onDone: () => void;
  /** Closed without a change. */
  onClose: () => void;
}
