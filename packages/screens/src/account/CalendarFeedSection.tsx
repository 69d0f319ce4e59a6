import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeedCreated } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { errorMessage } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { formatInstant } from "../admin/labels.js";
import "../tools.css";

/**
 * A caseworker's calendar subscription: an address for Outlook, Google or the phone's calendar
 * that always holds their samtaler. The address is secret and shown only when it is made; a new
 * one replaces it, and it can be revoked at any time.
 */
export function CalendarFeedSection() {
  const api = useApi();
  const trpc = useTRPC();
  const id = useId();
  const queryClient = useQueryClient();
  const state = useQuery(trpc.calendarFeed.get.queryOptions());
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [confirming, setConfirming] = useState(false);
  const create = useMutation({
    mutationFn: (showNames: boolean) => api.calendarFeed.create.mutate({ showNames }),
    onSuccess: (feed) => {
      setCreated(feed);
      setConfirming(false);
      queryClient.setQueryData(trpc.calendarFeed.get.queryKey(), feed);
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.calendarFeed.revoke.mutate(),
    onSuccess: (feed) => {
      setCreated(null);
      setConfirming(false);
      queryClient.setQueryData(trpc.calendarFeed.get.queryKey(), feed);
    },
  });

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(new FormData(event.currentTarget).get("showNames") === "on");
  }

  const feed = state.data;
  const failed = create.error ?? revoke.error;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Kalenderabonnement</h2>
      <p>
        Abonnér på dine samtaler i din egen kalender (Outlook, Google Kalender eller telefonens kalender). Kalenderen henter dem selv fra en hemmelig adresse:
        samtalerne en måned tilbage og et halvt år frem, med tid, form og sted, aldrig CPR-numre.
      </p>
      {state.isPending ? <Loading what="kalenderabonnementet" /> : null}
      {state.isError ? <ErrorMessage error={state.error} /> : null}
      {failed ? (
        <p role="alert" className="error-box">
          {errorMessage(failed)}
        </p>
      ) : null}
      {created ? <NewAddress feed={created} /> : null}
      {feed ? (
        <>
          <p role="status">
            {feed.active && feed.createdAt
              ? `Dit kalenderabonnement er aktivt siden ${formatInstant(feed.createdAt)}. ${feed.lastUsedAt ? `Senest hentet ${formatInstant(feed.lastUsedAt)}.` : "Det er ikke hentet endnu."} Borgernes navne ${feed.showNames ? "vises" : "vises ikke"}.`
              : "Du har ikke et kalenderabonnement."}
          </p>
          <form onSubmit={onCreate} className="feed-form">
            <div className="checkbox">
              <input type="checkbox" id={`${id}-names`} name="showNames" defaultChecked={feed.showNames} />
              <label htmlFor={`${id}-names`}>Vis borgernes navne i kalenderen (ellers står der kun “Borgersamtale”)</label>
            </div>
            {feed.active ? <p className="muted">En ny adresse erstatter den gamle, som holder op med at virke med det samme.</p> : null}
            <button type="submit" disabled={create.isPending}>
              {create.isPending ? "Opretter …" : feed.active ? "Lav en ny adresse" : "Opret kalenderabonnement"}
            </button>
          </form>
          {feed.active ? (
            <div className="actions">
              {confirming ? (
                <>
                  <button type="button" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
                    Bekræft: tilbagekald abonnementet
                  </button>
                  <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                    Fortryd
                  </button>
                </>
              ) : (
                <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                  Tilbagekald abonnementet
                </button>
              )}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The new address, this once: copy it into the calendar now. */
function NewAddress({ feed }: { feed: CalendarFeedCreated }) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const address = new URL(feed.path, window.location.href).href;
  async function copy() {
    try {
      await navigator.clipboard.writeText(address);
      setCopied("Adressen er kopieret.");
    } catch {
      setCopied("Adressen kunne ikke kopieres. Markér den, og kopiér den selv.");
    }
  }
  return (
    <div className="success-box feed-address">
      <label htmlFor={`${id}-address`}>Adresse til din kalender</label>
      <input id={`${id}-address`} type="text" readOnly value={address} aria-describedby={`${id}-warning`} onFocus={(e) => e.currentTarget.select()} />
      <p id={`${id}-warning`}>
        <strong>Adressen vises kun nu.</strong> Kopiér den ind i din kalender som et abonnement. Del den ikke: alle med adressen kan se dine samtaler. Mister du
        den, så lav en ny.
      </p>
      <button type="button" className="secondary" onClick={() => void copy()}>
        Kopiér adressen
      </button>
      <p role="status">{copied ?? ""}</p>
    </div>
  );
}
