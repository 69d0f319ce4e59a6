/**
 * The procedures only the server can answer (the inbox, the calendars, the calendar feed: live
 * data the desktop's copy does not hold). The renderer sends them in batches of their own, and the
 * main process forwards those to the server while it is reachable; otherwise the local router
 * answers that they need the server.
 */
const SERVER_PROCEDURE = /^(notifications|calendar|calendarFeed)\./;

export function isServerProcedure(path: string): boolean {
  return SERVER_PROCEDURE.test(path);
}

/** Whether every procedure of a batch path ("a.b,c.d") is the server's. */
export function allServerProcedures(paths: string): boolean {
  return paths.split(",").every(isServerProcedure);
}
