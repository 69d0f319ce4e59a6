import { useId } from "react";
import { TARGET_GROUP_LABELS, TARGET_GROUPS, type TargetGroup } from "@kontaktplan/schema";

/** Choose one target group (målgruppe), or all; the codes and names are the API's own list. */
export function TargetGroupFilter({ value, onChange }: { value: TargetGroup | "all"; onChange: (group: TargetGroup | "all") => void }) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Målgruppe</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TargetGroup | "all")}>
        <option value="all">Alle</option>
        {TARGET_GROUPS.map((g) => (
          <option key={g} value={g}>
            {TARGET_GROUP_LABELS[g]}
          </option>
        ))}
      </select>
    </div>
  );
}
