import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorMessage, errorMessage, Loading } from "@kontaktplan/screens/jobcentre";
import type { ConflictChoice, ConflictView } from "../../shared/status.js";
import { desktop } from "./transport.js";
import { CONFLICTS_KEY, STATUS_KEY } from "./sync-status.js";
import { conflictTitle, describeMine, describeTheirs } from "./conflict-text.js";
import { formatInstant } from "./format.js";

export const CONFLICTS_HASH = "#/konflikter";

/**
 * Changes made offline to something the server had also changed. Nothing is overwritten until the
 * caseworker chooses: keep their own version (sent to the server again) or the server's.
 */
export function ConflictsPage() {
  const conflicts = useQuery({ queryKey: CONFLICTS_KEY, queryFn: () => desktop.conflicts.query() });
  return (
    <>
      <h1>Konflikter</h1>
      <p>Disse ændringer lavede du uden forbindelse, mens serveren også fik en ændring af det samme. Vælg, hvilken version der skal gælde.</p>
      {conflicts.isPending ? <Loading what="konflikterne" /> : null}
      {conflicts.isError ? <ErrorMessage error={conflicts.error} /> : null}
      {conflicts.data?.length === 0 ? <p>Der er ingen konflikter.</p> : null}
      {conflicts.data?.map((c) => (
        <Conflict key={c.id} conflict={c} />
      ))}
    </>
  );
}

function Conflict({ conflict }: { conflict: ConflictView }) {
  const queryClient = useQueryClient();
  const resolve = useMutation({
    mutationFn: (keep: ConflictChoice) => desktop.resolve.mutate({ id: conflict.id, keep }),
    onSuccess: async (status) => {
      queryClient.setQueryData(STATUS_KEY, status);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== STATUS_KEY[0] });
    },
  });
  const headingId = `konflikt-${conflict.id}`;
  return (
    <section aria-labelledby={headingId} className="conflict">
      <h2 id={headingId}>
        {conflictTitle(conflict)}
        {conflict.citizenName ? ` – ${conflict.citizenName}` : ""}
      </h2>
      <p>{conflict.message}</p>
      <dl className="facts">
        <dt>Din version</dt>
        <dd>
          {describeMine(conflict)} (ændret {formatInstant(conflict.madeAt)})
        </dd>
        <dt>Serverens version</dt>
        <dd>{describeTheirs(conflict)}</dd>
      </dl>
      {resolve.isError ? (
        <p role="alert" className="error-box">
          {errorMessage(resolve.error)}
        </p>
      ) : null}
      <div className="conflict__actions">
        <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate("mine")}>
          Behold min version
        </button>
        <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate("theirs")}>
          Behold serverens version
        </button>
      </div>
    </section>
  );
}
