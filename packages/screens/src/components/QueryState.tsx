import { errorMessage } from "../errors.js";

/** A polite, announced loading line. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="loading">
      Henter {what} …
    </p>
  );
}

/** A failed call's message, announced at once; the user can always read why. */
export function ErrorMessage({ error, title = "Der opstod en fejl" }: { error: unknown; title?: string }) {
  return (
    <div role="alert" className="error-box">
      <p>
        <strong>{title}:</strong> {errorMessage(error)}
      </p>
    </div>
  );
}
