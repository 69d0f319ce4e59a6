import { lazy, Suspense } from "react";
import { useRoute } from "./route.js";
import { useMe } from "./me.js";
import { Layout } from "./components/Layout.js";
import { Loading, ErrorMessage } from "./components/QueryState.js";
import { LoginPage } from "./pages/LoginPage.js";

// Pages behind the login load on demand, so the first screen (the login) stays small.
const JointDuePage = lazy(() => import("./pages/JointDuePage.js"));
const BookingPage = lazy(() => import("./pages/BookingPage.js"));
const CaseloadPage = lazy(() => import("./pages/CaseloadPage.js"));
const CitizenPage = lazy(() => import("./pages/CitizenPage.js"));
const SlotsPage = lazy(() => import("./pages/SlotsPage.js"));
const CompliancePage = lazy(() => import("./pages/CompliancePage.js"));
const ComparePage = lazy(() => import("./pages/ComparePage.js"));

export function App() {
  const route = useRoute();
  const me = useMe();

  if (me.isPending) return <Loading what="Kontaktplan" />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  if (me.data === null) return <LoginPage />;

  const user = me.data;
  const isAkasse = user.role === "akasse";
  const isJobcentre = user.role === "sagsbehandler" || user.role === "jobcenter_admin";
  let page;
  if (route.page === "start" && isAkasse) page = <JointDuePage />;
  else if (route.page === "start" && isJobcentre) page = <CaseloadPage />;
  else if (route.page === "booking" && isAkasse) page = <BookingPage route={route} />;
  else if (route.page === "citizen" && isJobcentre) page = <CitizenPage citizenId={route.citizenId} />;
  else if (route.page === "slots" && isJobcentre) page = <SlotsPage user={user} />;
  else if (route.page === "compliance" && isJobcentre) page = <CompliancePage />;
  else if (route.page === "compare" && isJobcentre) page = <ComparePage user={user} />;
  else if (route.page === "start") page = <NoPages />;
  else page = <NotFound />;

  return (
    <Layout user={user} routeKey={JSON.stringify(route)}>
      <Suspense fallback={<Loading what="siden" />}>{page}</Suspense>
    </Layout>
  );
}

function NotFound() {
  return (
    <>
      <h1>Siden blev ikke fundet</h1>
      <p>
        Siden findes ikke, eller din rolle giver ikke adgang til den. <a href="#/">Gå til forsiden</a>.
      </p>
    </>
  );
}

function NoPages() {
  return (
    <>
      <h1>Velkommen</h1>
      <p>Webportalen har endnu ingen sider til din rolle.</p>
    </>
  );
}
