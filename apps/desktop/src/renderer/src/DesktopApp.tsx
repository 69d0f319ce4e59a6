import { CalendarPage, CaseloadPage, CitizenPage, ErrorMessage, Layout, Loading, NotificationsPage, useMe, useRoute } from "@kontaktplan/screens/jobcentre";
import { useSyncStatus } from "./sync-status.js";
import { SignInPage } from "./SignInPage.js";
import { FirstDownload } from "./FirstDownload.js";
import { StatusBar } from "./StatusBar.js";
import { ConflictsPage, CONFLICTS_HASH } from "./ConflictsPage.js";

/**
 * The desktop shell: sign in on this machine, download the caseload the first time, then the web
 * portal's jobcentre screens on the local router, with the sync status always in view.
 */
export function DesktopApp() {
  const route = useRoute();
  const status = useSyncStatus();
  const me = useMe();

  if (me.isPending || status.isPending) return <Loading what="Kontaktplan" />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  if (status.isError) return <ErrorMessage error={status.error} />;
  if (me.data === null) return <SignInPage />;
  if (status.data.download.state !== "done") return <FirstDownload download={status.data.download} />;

  const user = me.data;
  let page;
  if (route.page === "start") page = <CaseloadPage />;
  else if (route.page === "citizen") page = <CitizenPage citizenId={route.citizenId} />;
  // Answered by the server while it is reachable; offline they say they need it (see server-forward.ts).
  else if (route.page === "notifications") page = <NotificationsPage />;
  else if (route.page === "calendar") page = <CalendarPage side="jobcentre" />;
  else if (window.location.hash === CONFLICTS_HASH) page = <ConflictsPage />;
  else if (route.page === "unknown") page = <NotFound />;
  else page = <WebOnly />;

  return (
    <>
      <Layout user={user} routeKey={window.location.hash}>
        {page}
      </Layout>
      <StatusBar status={status.data} />
    </>
  );
}

/**
 * The web portal's pages that work on the whole kommune's live data (slots, overview, rule sets, the account):
 * the desktop keeps only the caseload, so their links from the shared top bar lead here.
 */
function WebOnly() {
  return (
    <>
      <h1>Findes kun i webportalen</h1>
      <p>
        Siden bruger hele kommunens aktuelle data og findes derfor kun i webportalen. Åbn webportalen i din browser. <a href="#/">Gå til sagsstammen</a>.
      </p>
    </>
  );
}

function NotFound() {
  return (
    <>
      <h1>Siden blev ikke fundet</h1>
      <p>
        Siden findes ikke i skrivebordsappen. <a href="#/">Gå til sagsstammen</a>.
      </p>
    </>
  );
}
