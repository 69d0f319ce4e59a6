import { lazy, Suspense } from "react";
import { isJobcentreRole } from "@kontaktplan/schema";
import { useRoute } from "./route.js";
import { useMe } from "./me.js";
import { Layout } from "./components/Layout.js";
import { Loading, ErrorMessage } from "./components/QueryState.js";
import { LoginPage } from "./pages/LoginPage.js";
import { hasInbox } from "./notifications/links.js";

// Pages behind the login load on demand, so the first screen (the login) stays small.
const JointDuePage = lazy(() => import("./pages/JointDuePage.js"));
const BookingPage = lazy(() => import("./pages/BookingPage.js"));
const MemberPage = lazy(() => import("./pages/MemberPage.js"));
const CaseloadPage = lazy(() => import("./pages/CaseloadPage.js"));
const CitizenPage = lazy(() => import("./pages/CitizenPage.js"));
const NewCitizenPage = lazy(() => import("./pages/NewCitizenPage.js"));
const SlotsPage = lazy(() => import("./pages/SlotsPage.js"));
const CalendarPage = lazy(() => import("./pages/CalendarPage.js"));
const NotificationsPage = lazy(() => import("./pages/NotificationsPage.js"));
const CompliancePage = lazy(() => import("./pages/CompliancePage.js"));
const ComparePage = lazy(() => import("./pages/ComparePage.js"));
const RulesPage = lazy(() => import("./pages/RulesPage.js"));
const AccountPage = lazy(() => import("./pages/AccountPage.js"));
const UsersPage = lazy(() => import("./pages/UsersPage.js"));
const OrganisationsPage = lazy(() => import("./pages/OrganisationsPage.js"));
const TeamsPage = lazy(() => import("./pages/TeamsPage.js"));
const AssignmentPage = lazy(() => import("./pages/AssignmentPage.js"));
const AuditPage = lazy(() => import("./pages/AuditPage.js"));
const SettingsPage = lazy(() => import("./pages/SettingsPage.js"));

export function App() {
  const route = useRoute();
  const me = useMe();

  if (me.isPending) return <Loading what="Kontaktplan" />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  if (me.data === null) return <LoginPage />;

  const user = me.data;
  const isAkasse = user.role === "akasse";
  const isJobcentre = isJobcentreRole(user.role);
  const isUserAdmin = user.role === "system_admin" || user.role === "jobcenter_admin" || user.role === "akasse_admin";
  let page;
  // A one-time password (new user, reset) must be replaced before anything else.
  if (user.mustChangePassword) page = <AccountPage forced />;
  else if (route.page === "account") page = <AccountPage />;
  else if (route.page === "rules") page = <RulesPage />;
  else if (route.page === "users" && isUserAdmin) page = <UsersPage user={user} organisationId={route.organisationId} />;
  else if (route.page === "start" && user.role === "akasse_admin") page = <UsersPage user={user} organisationId={null} />;
  else if ((route.page === "organisations" || route.page === "start") && user.role === "system_admin") page = <OrganisationsPage />;
  else if (route.page === "teams" && user.role === "jobcenter_admin") page = <TeamsPage />;
  else if (route.page === "assignment" && user.role === "jobcenter_admin") page = <AssignmentPage />;
  else if (route.page === "audit" && isUserAdmin) page = <AuditPage />;
  else if (route.page === "settings" && (user.role === "system_admin" || user.role === "jobcenter_admin")) page = <SettingsPage user={user} />;
  else if (route.page === "start" && isAkasse) page = <JointDuePage />;
  else if (route.page === "start" && isJobcentre) page = <CaseloadPage />;
  else if (route.page === "booking" && isAkasse) page = <BookingPage route={route} />;
  else if (route.page === "member" && isAkasse) page = <MemberPage forloebId={route.forloebId} />;
  else if (route.page === "citizen" && isJobcentre) page = <CitizenPage citizenId={route.citizenId} />;
  else if (route.page === "newCitizen" && isJobcentre) page = <NewCitizenPage />;
  else if (route.page === "slots" && isJobcentre) page = <SlotsPage user={user} />;
  else if (route.page === "calendar" && (isJobcentre || isAkasse)) page = <CalendarPage side={isAkasse ? "akasse" : "jobcentre"} />;
  else if (route.page === "notifications" && hasInbox(user.role)) page = <NotificationsPage />;
  else if (route.page === "compliance" && isJobcentre) page = <CompliancePage />;
  else if (route.page === "compare" && isJobcentre) page = <ComparePage user={user} />;
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
