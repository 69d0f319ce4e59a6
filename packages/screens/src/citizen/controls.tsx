/** Form controls beside `Field` (inputs) for the citizen page's forms: each labelled, each with its field error. */
import { useId, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { errorAttributes, FieldError } from "../components/Field.js";

export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  choices: readonly Choice[];
  /** A first, empty choice ("Vælg …") so nothing is chosen by accident. */
  placeholder?: string;
  error?: string | undefined;
}

export function SelectField({ label, choices, placeholder, error, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...errorAttributes(id, error)} {...select}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string | undefined;
}

export function TextAreaField({ label, error, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} {...errorAttributes(id, error)} {...textarea} />
      <FieldError id={id} error={error} />
    </div>
  );
}

interface RadioGroupProps {
  legend: string;
  name: string;
  choices: readonly Choice[];
  error?: string | undefined;
  /** The choice made when the form opens, if any. */
  defaultValue?: string | undefined;
  /** Told of each choice, for a form whose further questions depend on it. */
  onChoose?: (value: string) => void;
}

/** Radio buttons in a fieldset; the legend names the question and the error is read with the group. */
export function RadioGroup({ legend, name, choices, error, defaultValue, onChoose }: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div key={c.value} className="radio">
          <input
            type="radio"
            id={`${id}-${c.value}`}
            name={name}
            value={c.value}
            defaultChecked={c.value === defaultValue}
            onChange={onChoose ? () => onChoose(c.value) : undefined}
          />
          <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** One yes/no fact as a checkbox (sent as true when checked, false otherwise). */
export function CheckboxField({ label, name, error }: { label: string; name: string; error?: string | undefined }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name={name} value="ja" {...errorAttributes(id, error)} />
      <label htmlFor={id}>{label}</label>
      <FieldError id={id} error={error} />
    </div>
  );
}
