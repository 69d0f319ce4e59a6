export { appRouter, type AppRouter } from "./router.js";
export { createContext, type Context, type CreateContextOptions } from "./context.js";
export { SESSION_COOKIE } from "./auth/cookie.js";
export { hashPassword, verifyPassword } from "./auth/password.js";
export { createCallerFactory } from "./trpc.js";
export type { Change, ChangeHook, ChangeListener, MutationCall, RecordedChange } from "./change-log.js";
export { createSystemAdmin } from "./domain/admin/users.js";
export { calendarFeed } from "./domain/calendar-feed.js";
export type { Mail, OutgoingMail } from "./domain/notification-mail.js";
