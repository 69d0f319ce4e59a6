/**
 * `@kontaktplan/http-server`: Kontaktplan's Node HTTP server — tRPC at `/trpc`, `/healthz`, the
 * calendar download and feed, the built web portal — with its guards (CSRF, body and batch limits,
 * a request that fails answers 500 without ending the process), security headers, request log,
 * SMTP mailer and the last line of defence against stray errors. `apps/server` runs it; the desktop
 * serves its renderer with `createStaticFiles` in tests.
 */
export { describeFailure, keepRunningOnStrayErrors } from "./failure.js";
export { createServer, MAX_BATCH_SIZE, type ServerOptions } from "./http.js";
export { smtpMail, type SmtpConfig } from "./mailer.js";
export { createStaticFiles } from "./static-files.js";
