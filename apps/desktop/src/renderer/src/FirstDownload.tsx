import { useId, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "@kontaktplan/screens/jobcentre";
import type { DownloadStatus } from "../../shared/status.js";
import { desktop } from "./transport.js";
import { STATUS_KEY } from "./sync-status.js";

/** The first download of the caseload after the first sign-in, with its progress. */
export function FirstDownload({ download }: { download: Exclude<DownloadStatus, { state: "done" }> }) {
  const labelId = useId();
  const queryClient = useQueryClient();
  const [retryError, setRetryError] = useState<string | null>(null);

  async function retry() {
    setRetryError(null);
    try {
      await desktop.syncNow.mutate();
    } catch (error) {
      setRetryError(errorMessage(error));
    }
    await queryClient.invalidateQueries({ queryKey: STATUS_KEY });
  }

  return (
    <main id="indhold" className="download">
      <h1>Henter din sagsstamme</h1>
      <p>Første gang du logger ind på denne computer, henter Kontaktplan borgerne i din kommune, så du kan arbejde uden forbindelse bagefter.</p>
      {download.state === "failed" ? (
        <>
          <p role="alert" className="error-box">
            Hentningen blev afbrudt: {download.message}
          </p>
          {retryError ? (
            <p role="alert" className="error-box">
              {retryError}
            </p>
          ) : null}
          <button type="button" onClick={retry}>
            Prøv igen
          </button>
        </>
      ) : (
        <>
          <p id={labelId}>Henter borgere og forløb …</p>
          <progress
            aria-labelledby={labelId}
            max={download.state === "running" && download.total ? download.total : undefined}
            value={download.state === "running" && download.total ? download.done : undefined}
          />
          <p role="status">{progressText(download)}</p>
        </>
      )}
    </main>
  );
}

function progressText(download: Exclude<DownloadStatus, { state: "done" | "failed" }>): string {
  if (download.state === "needed" || download.total === null) return "Forbereder hentningen …";
  return `${download.done} af ${download.total} hentet`;
}
