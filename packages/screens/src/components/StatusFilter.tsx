import { useId } from "react";
import { OBLIGATION_STATUSES, type CaseloadStatus, type ObligationStatus } from "@kontaktplan/schema";
import { OBLIGATION_STATUS_LABEL } from "@kontaktplan/ui";

/** "pending" on the caseload: open and upcoming together, what is still to be done (the overview's "Åbne"). */
export const PENDING_LABEL = "Åbne eller kommende";

/** Choose one obligation status, or all; `withPending` adds open-or-upcoming as one choice. */
export function StatusFilter<S extends ObligationStatus | CaseloadStatus>({
  value,
  onChange,
  withPending = false,
}: {
  value: S | "all";
  onChange: (status: S | "all") => void;
  withPending?: boolean;
}) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as S | "all")}>
        <option value="all">Alle</option>
        {OBLIGATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {OBLIGATION_STATUS_LABEL[s]}
          </option>
        ))}
        {withPending ? <option value="pending">{PENDING_LABEL}</option> : null}
      </select>
    </div>
  );
}
