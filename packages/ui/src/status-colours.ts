import type { ObligationStatus, SamtaleStatus } from "@kontaktplan/schema";

/**
 * Status colours, each with at least 4.5:1 contrast to white text (badges) and 3:1 to a white
 * background (timeline bars). Colour is never the only signal: a text label always goes with it.
 */
export const OBLIGATION_STATUS_COLOUR: Record<ObligationStatus, string> = {
  met: "#1e6b34",
  open: "#0b5394",
  upcoming: "#595959",
  missed: "#b3261e",
  lapsed: "#7a5200",
};

export const MEETING_STATUS_COLOUR: Record<SamtaleStatus, string> = {
  afholdt: "#1e6b34",
  planlagt: "#0b5394",
  aflyst: "#595959",
  udeblevet: "#b3261e",
};
