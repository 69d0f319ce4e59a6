/** The parts of Electron's `app` the single-instance rule needs. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: "second-instance", listener: () => void): unknown;
  quit(): void;
}

/**
 * One Kontaktplan per user profile: a second start hands over to the first (which shows its window)
 * and quits before it touches the profile's database. Returns whether this process is the one.
 */
export function claimSingleInstance(app: SingleInstanceApp, showExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on("second-instance", showExisting);
  return true;
}
