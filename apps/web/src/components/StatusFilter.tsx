import { useId } from "react";
import { OBLIGATION_STATUSES, type ObligationStatus } from "@kontaktplan/schema";
import { OBLIGATION_STATUS_LABEL } from "@kontaktplan/ui";

/** Choose one obligation status, or all. */
export function StatusFilter({ value, onChange }: { value: ObligationStatus | "all"; onChange: (status: ObligationStatus | "all") => void }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ObligationStatus | "all")}>
        <option value="all">Alle</option>
        {OBLIGATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {OBLIGATION_STATUS_LABEL[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
