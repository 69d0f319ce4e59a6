import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { errorMessage } from "@kontaktplan/screens/jobcentre";
import type { SyncStatus } from "../../shared/status.js";
import { countOf, formatInstant } from "./format.js";
import { desktop } from "./transport.js";
import { STATUS_KEY } from "./sync-status.js";
import { CONFLICTS_HASH } from "./ConflictsPage.js";

/** Always in view: connection, last sync, changes waiting to be sent, conflicts to resolve. */
export function StatusBar({ status }: { status: SyncStatus }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  async function syncNow() {
    setError(null);
    try {
      queryClient.setQueryData(STATUS_KEY, await desktop.syncNow.mutate());
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <footer className="statusbar" aria-label="Synkronisering">
      <ul>
        <li className={status.online ? "statusbar__online" : "statusbar__offline"}>
          {status.online ? "Forbundet til serveren" : "Ingen forbindelse til serveren"}
        </li>
        <li>{status.lastSyncAt ? `Senest synkroniseret ${formatInstant(status.lastSyncAt)}` : "Endnu ikke synkroniseret"}</li>
        <li>{status.pending === 0 ? "Ingen ændringer venter" : `${countOf(status.pending, "ændring venter", "ændringer venter")} på at blive sendt`}</li>
        <li>{status.conflicts === 0 ? "Ingen konflikter" : <a href={CONFLICTS_HASH}>{countOf(status.conflicts, "konflikt", "konflikter")} skal løses</a>}</li>
        {status.serverSession ? null : <li>Log ud og ind igen med forbindelse for at synkronisere</li>}
      </ul>
      <button type="button" onClick={syncNow} disabled={status.syncing}>
        {status.syncing ? "Synkroniserer …" : "Synkronisér nu"}
      </button>
      <p role="status" className="statusbar__message">
        {error ?? status.error ?? ""}
      </p>
    </footer>
  );
}
