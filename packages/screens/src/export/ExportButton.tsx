import { useState } from "react";
import { errorMessage } from "../errors.js";
import { downloadCsv } from "./csv.js";

/** "Hent som CSV": builds the file (which may take a few API calls) and downloads it; a failure is said once, beside the button. */
export function ExportButton({ label, fileName, build }: { label: string; fileName: string; build: () => Promise<string> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      downloadCsv(fileName, await build());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="export">
      <button type="button" className="secondary" onClick={run} aria-disabled={busy}>
        {label}
      </button>
      {error ? (
        <p role="alert" className="field-error">
          Filen kunne ikke hentes: {error}
        </p>
      ) : null}
    </div>
  );
}
