import type { ReactNode } from "react";

interface FormSubmitProps {
  /** The server's refusal, announced to screen readers; never swallowed. */
  error: ReactNode;
  busy: boolean;
  label: string;
  busyLabel: string;
  /** Shown between the error and the button, e.g. a confirmation. */
  children?: ReactNode;
}

/** The end of every form: the server's error above a submit button that says when it is busy. */
export function FormSubmit({ error, busy, label, busyLabel, children }: FormSubmitProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="error-box">
          {error}
        </p>
      ) : null}
      {children}
      <button type="submit" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}
