import { useEffect, useRef } from "react";

/** What came of the last change on the member page, in the words the user reads. */
export interface Outcome {
  tone: "success" | "error";
  text: string;
}

export type Report = (outcome: Outcome) => void;

/**
 * The outcome of the last change, near the top of the page. It takes focus when it changes: the
 * form that was used may be gone after the page reloads (a booked slot turns into a booking), and
 * focus must not be lost with it; a screen reader reads the message from here.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) box.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <div ref={box} tabIndex={-1} role={outcome.tone === "error" ? "alert" : "status"} className={outcome.tone === "error" ? "error-box" : "success-box"}>
      {outcome.text}
    </div>
  );
}
