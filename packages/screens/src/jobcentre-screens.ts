/**
 * The jobcentre screens and the pieces around them, for the desktop app to compose in its own
 * shell, inside an `ApiProvider` that points them at its local router. The web portal never
 * imports this entry (it renders `App`), so its first screen stays as small as before.
 */
export { ApiProvider, type ApiClient } from "./api.js";
export { createQueryClient } from "./query-client.js";
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
