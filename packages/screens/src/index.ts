/**
 * The web portal: the whole app for every role (its pages load on demand after the login, so the
 * first screen stays small), and the provider through which the app hands it its API client.
 */
export { App } from "./App.js";
export { ApiProvider, type ApiClient } from "./api.js";
export { createQueryClient } from "./query-client.js";
