/**
 * The jobcentre screens and the pieces around them, for the desktop app to reuse as they are. It
 * renders them in its own shell after `setApiLink` has pointed them at its local router. The web
 * portal itself never imports this file, so its first screen stays as small as before.
 */
import "./styles.css";

export { api, setApiLink } from "./trpc.js";
export { default as CaseloadPage } from "./pages/CaseloadPage.js";
export { default as CitizenPage } from "./pages/CitizenPage.js";
export { default as CalendarPage } from "./pages/CalendarPage.js";
export { default as NotificationsPage } from "./pages/NotificationsPage.js";
export { LoginPage } from "./pages/LoginPage.js";
export { Layout } from "./components/Layout.js";
export { Loading, ErrorMessage } from "./components/QueryState.js";
export { useRoute, type Route } from "./route.js";
export { ME_KEY } from "./query-keys.js";
export { useMe } from "./me.js";
export { errorCode, errorMessage } from "./errors.js";
export { FORM_LABEL } from "./citizen/labels.js";
