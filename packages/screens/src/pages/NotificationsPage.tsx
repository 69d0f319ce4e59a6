import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationItem } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { errorMessage } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { formatInstant } from "../admin/labels.js";
import { linkOf } from "../notifications/links.js";
import "../tools.css";

/** The inbox: what needs an answer, newest first; each leads to where it is answered, and can be marked read. */
export default function NotificationsPage() {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inbox = useQuery({
    queryKey: trpc.notifications.list.queryKey(),
    // The inbox knows the unread count too: the bell shows it at once.
    queryFn: async () => {
      const list = await api.notifications.list.query();
      queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), { unread: list.unread });
      return list;
    },
  });
  const mark = useMutation({
    mutationFn: (ids: string[] | undefined) => api.notifications.markRead.mutate(ids ? { ids } : {}),
    onSuccess: async (result) => {
      queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), result);
      await queryClient.invalidateQueries(trpc.notifications.list.pathFilter());
    },
  });

  return (
    <>
      <h1>Notifikationer</h1>
      <p>Bookinger, forslag og svar på fællessamtaler, der kræver din opmærksomhed, og frister inden for de næste 5 arbejdsdage.</p>
      {inbox.isPending ? <Loading what="notifikationerne" /> : null}
      {inbox.isError ? <ErrorMessage error={inbox.error} title="Notifikationerne kan ikke hentes" /> : null}
      {mark.isError ? (
        <p role="alert" className="error-box">
          {errorMessage(mark.error)}
        </p>
      ) : null}
      {inbox.data ? (
        <>
          <p role="status">{inbox.data.unread === 0 ? "Du har ingen ulæste notifikationer." : `Du har ${inbox.data.unread} ulæste.`}</p>
          {inbox.data.unread > 0 ? (
            <button type="button" className="secondary" disabled={mark.isPending} onClick={() => mark.mutate(undefined)}>
              Markér alle som læst
            </button>
          ) : null}
          {inbox.data.items.length === 0 ? (
            <p>Der er ingen notifikationer.</p>
          ) : (
            <ul className="inbox">
              {inbox.data.items.map((n) => (
                <Item key={n.id} item={n} busy={mark.isPending} onRead={() => mark.mutate([n.id])} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}

function Item({ item, busy, onRead }: { item: NotificationItem; busy: boolean; onRead: () => void }) {
  const link = linkOf(item.link);
  return (
    <li className={item.read ? "inbox__item" : "inbox__item inbox__item--unread"}>
      <h2 className="inbox__title">
        {item.read ? null : <span className="badge badge--unread">Ulæst</span>} {item.title}
      </h2>
      <p className="muted">{formatInstant(item.createdAt)}</p>
      <p>{item.text}</p>
      <div className="actions">
        <a
          href={link.href}
          onClick={() => {
            if (!item.read) onRead();
          }}
        >
          {link.label}
          <span className="visually-hidden"> ({item.title})</span>
        </a>
        {item.read ? null : (
          <button type="button" className="secondary" disabled={busy} onClick={onRead}>
            Markér som læst<span className="visually-hidden"> ({item.title})</span>
          </button>
        )}
      </div>
    </li>
  );
}
