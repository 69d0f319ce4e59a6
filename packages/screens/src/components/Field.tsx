import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from "react";

/**
 * A date field holding a date that does not exist (31.02) or one typed only in part has no value,
 * so the form would report it as missing; the field says what is wrong, in its own format.
 */
export const BAD_DATE_MESSAGE = "Datoen findes ikke. Skriv en dato, der findes, som dd.mm.åååå.";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
}

/** What ties a control to its error message: aria-invalid, and aria-describedby pointing at the message. */
export function errorAttributes(id: string, error: string | undefined) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined } as const;
}

/** The error message of the control with this id (see `errorAttributes`), shown beside it. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}

/**
 * A labelled input whose error is tied to it (aria-invalid, aria-describedby) and shown beside it;
 * a description of its own (`aria-describedby`) is read while there is no error.
 */
export function Field({ label, error, onBlur, "aria-describedby": describedBy, ...input }: FieldProps) {
  const id = useId();
  const [badDate, setBadDate] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const isDate = input.type === "date";
  // Enter submits without leaving the field: check it when its form is sent, too.
  useEffect(() => {
    const field = ref.current;
    const form = field?.form;
    if (!isDate || !field || !form) return;
    const check = () => setBadDate(field.validity.badInput);
    form.addEventListener("submit", check, true);
    return () => form.removeEventListener("submit", check, true);
  }, [isDate]);
  const shown = badDate ? BAD_DATE_MESSAGE : error;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        {...errorAttributes(id, shown)}
        {...input}
        aria-describedby={shown ? `${id}-error` : describedBy}
        onBlur={(e) => {
          if (isDate) setBadDate(e.currentTarget.validity.badInput);
          onBlur?.(e);
        }}
      />
      <FieldError id={id} error={shown} />
    </div>
  );
}
