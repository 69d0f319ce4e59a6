import type { BrowserWindowConstructorOptions } from "electron";

/**
 * The main window: a sandboxed renderer with context isolation and no Node. Its only way out is
 * the preload's IPC bridge to the local router.
 */
export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: "Kontaktplan",
    show: false,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

/** The parts of a window's `webContents` that keep it on our own page. */
export interface NavigableContents {
  on(event: "will-navigate", listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: "deny" }): void;
}

/**
 * The window shows the bundled app and nothing else: navigation away from it is refused and new
 * windows are never opened (links inside the app are hash routes, which do not navigate).
 */
export function keepOnApp(contents: NavigableContents, isAppUrl: (url: string) => boolean): void {
  contents.on("will-navigate", (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}
