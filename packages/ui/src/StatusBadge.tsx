import type { ObligationStatus } from "@kontaktplan/schema";
import { OBLIGATION_STATUS_LABEL } from "./labels.js";
import { OBLIGATION_STATUS_COLOUR } from "./status-colours.js";

/** An obligation's status as a coloured badge that always carries its Danish word. */
export function StatusBadge({ status }: { status: ObligationStatus }) {
  return (
    <span
      className="kp-status"
      data-status={status}
      style={{ background: OBLIGATION_STATUS_COLOUR[status], color: "#fff", padding: "0.1em 0.5em", borderRadius: "0.25em", fontWeight: 600 }}
    >
      {OBLIGATION_STATUS_LABEL[status]}
    </span>
  );
}
