/** The parts of Electron's `app` the quit sequence needs. */
export interface QuittingApp {
  on(event: "before-quit", listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: "window-all-closed", listener: () => void): unknown;
  quit(): void;
  exit(code: number): void;
}

/**
 * Quit only after `shutdown` (stop syncing, close PGlite, release the data folder) has finished:
 * the first quit is held back while it runs, then quit is called again and goes through. Closing
 * the last window quits too, on every platform, so the database is never left open in the background.
 */
export function quitAfterShutdown(app: QuittingApp, shutdown: () => Promise<void>, report: (error: unknown) => void): void {
  let state: "running" | "closing" | "closed" = "running";
  app.on("window-all-closed", () => app.quit());
  app.on("before-quit", (event) => {
    if (state === "closed") return;
    event.preventDefault();
    if (state === "closing") return;
    state = "closing";
    shutdown().then(
      () => {
        state = "closed";
        app.quit();
      },
      (error: unknown) => {
        state = "closed";
        report(error);
        app.exit(1);
      },
    );
  });
}
