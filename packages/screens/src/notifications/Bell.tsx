import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../api.js";
import { errorCode } from "../errors.js";
import { pageHref, useRoute } from "../route.js";
import "../tools.css";

/** How often the bell asks again (a caseworker's deadline notices are made as it asks). */
const POLL_MS = 60_000;

/**
 * The top bar's bell: a link to the inbox whose name says how many are unread. Where the inbox
 * cannot be reached (the desktop offline) it says so instead of a number.
 */
export function Bell() {
  const trpc = useTRPC();
  const route = useRoute();
  const count = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: POLL_MS, retry: false }));
  const unread = count.data?.unread ?? 0;
  const unavailable = count.isError;
  return (
    <a href={pageHref("notifications")} className="bell" aria-current={route.page === "notifications" ? "page" : undefined}>
      <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span className="visually-hidden">Notifikationer</span>
      {unavailable ? (
        <span className="bell__count bell__count--off">
          {errorCode(count.error) === "PRECONDITION_FAILED" ? "offline" : "?"}
          <span className="visually-hidden"> (kan ikke hentes lige nu)</span>
        </span>
      ) : unread > 0 ? (
        <span className="bell__count">
          {unread}
          <span className="visually-hidden"> ulæste</span>
        </span>
      ) : null}
    </a>
  );
}
