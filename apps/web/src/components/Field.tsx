import { useId, type InputHTMLAttributes } from "react";

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
export function Field({ label, error, "aria-describedby": describedBy, ...input }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...errorAttributes(id, error)} {...input} aria-describedby={error ? `${id}-error` : describedBy} />
      <FieldError id={id} error={error} />
    </div>
  );
}
