import { useId } from "react";
import type { SlotRecord } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";

interface SlotChoiceProps {
  legend: string;
  slots: readonly SlotRecord[];
  value: string | null;
  onChange: (slotId: string) => void;
  error?: string | undefined;
}

/** Free slots as one radio group; its error is tied to the group. */
export function SlotChoice({ legend, slots, value, onChange, error: given }: SlotChoiceProps) {
  const id = useId();
  // With nothing chosen (never, or the chosen slot is gone from the list) the schema's "not an id" means: choose one.
  const error = given && value === null ? "Vælg en af de ledige tider" : given;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {slots.map((s) => (
        <div key={s.id} className="radio">
          <input type="radio" id={`${id}-${s.id}`} name={`${id}-slot`} value={s.id} checked={value === s.id} onChange={() => onChange(s.id)} />
          <label htmlFor={`${id}-${s.id}`}>
            {formatDanishDateTime(s.date, s.time)} – {s.jobcenterName}
          </label>
        </div>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
