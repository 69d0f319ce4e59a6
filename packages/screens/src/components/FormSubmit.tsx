import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

interface FormSubmitProps {
  /** The server's refusal, announced to screen readers; never swallowed. */
  error: ReactNode;
  busy: boolean;
  label: string;
  busyLabel: string;
  /** Shown between the error and the button, e.g. a confirmation. */
  children?: ReactNode;
}

/** Whether the form already shows this message beside one of its fields. */
function shownAtField(box: HTMLElement): boolean {
  const form = box.closest("form");
  const text = box.textContent ?? "";
  return form !== null && [...form.querySelectorAll(".field-error")].some((e) => e !== box && e.textContent === text);
}

/**
 * The end of every form: the server's error above a submit button that says when it is busy. A
 * refusal the form already shows beside its field is still announced from here, but not shown twice.
 */
export function FormSubmit({ error, busy, label, busyLabel, children }: FormSubmitProps) {
  const box = useRef<HTMLParagraphElement>(null);
  const [atField, setAtField] = useState(false);
  // Before the browser paints: the message is never seen twice, not even for a frame.
  useLayoutEffect(() => {
    setAtField(box.current !== null && shownAtField(box.current));
  }, [error]);
  return (
    <>
      {error ? (
        <p ref={box} role="alert" className={atField ? "visually-hidden" : "error-box"}>
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
