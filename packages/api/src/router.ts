import { accountRouter } from "./routers/account.js";
import { adminRouter } from "./routers/admin.js";
import { akasseRouter } from "./routers/akasse.js";
import { authRouter } from "./routers/auth.js";
import { calendarRouter } from "./routers/calendar.js";
import { calendarFeedRouter } from "./routers/calendar-feed.js";
import { caseloadRouter } from "./routers/caseload.js";
import { citizenRouter } from "./routers/citizen.js";
import { compareRouter } from "./routers/compare.js";
import { cvRouter } from "./routers/cv.js";
import { complianceRouter } from "./routers/compliance.js";
import { forloebRouter } from "./routers/forloeb.js";
import { jointRouter } from "./routers/joint.js";
import { meetingRouter } from "./routers/meeting.js";
import { notificationsRouter } from "./routers/notifications.js";
import { requestRouter } from "./routers/request.js";
import { settingsRouter } from "./routers/settings.js";
import { slotsRouter } from "./routers/slots.js";
import { syncRouter } from "./routers/sync.js";
import { router } from "./trpc.js";

export const appRouter = router({
  auth: authRouter,
  settings: settingsRouter,
  caseload: caseloadRouter,
  citizen: citizenRouter,
  forloeb: forloebRouter,
  meeting: meetingRouter,
  request: requestRouter,
  slots: slotsRouter,
  joint: jointRouter,
  akasse: akasseRouter,
  cv: cvRouter,
  compliance: complianceRouter,
  compare: compareRouter,
  calendar: calendarRouter,
  calendarFeed: calendarFeedRouter,
  notifications: notificationsRouter,
  sync: syncRouter,
  account: accountRouter,
  admin: adminRouter,
});

/** The only thing clients import from this package (as a type). */
export type AppRouter = typeof appRouter;
