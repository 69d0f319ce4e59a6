/**
 * The Electron main process, kept thin: it hands Electron's pieces to plain modules (tested in Node)
 * and opens the window. Everything with logic lives in ./desktop.ts and the modules it uses.
 */
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from "electron";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DataDirInUseError } from "@kontaktplan/db/data-lock";
import { redactCpr } from "@kontaktplan/api";
import { startDesktop } from "./desktop.js";
import { serveOverIpc } from "./ipc.js";
import { quitAfterShutdown } from "./lifecycle.js";
import { claimSingleInstance } from "./single-instance.js";
import { keepOnApp, mainWindowOptions } from "./window.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const PRELOAD = join(here, "../preload/index.cjs");
const RENDERER = join(here, "../renderer/index.html");
/** `electron-vite dev` serves the renderer with hot reload and says where. */
const DEV_URL = process.env["ELECTRON_RENDERER_URL"];
const SERVER_URL = process.env["KONTAKTPLAN_SERVER_URL"] ?? "http://localhost:3000";

let window: BrowserWindow | null = null;

function showWindow(): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function main(): Promise<void> {
  if (!claimSingleInstance(app, showWindow)) return;
  await app.whenReady();
  let desktop;
  try {
    desktop = await startDesktop({ dataDir: join(app.getPath("userData"), "pglite"), serverUrl: SERVER_URL });
  } catch (error) {
    const inUse = error instanceof DataDirInUseError;
    dialog.showErrorBox(
      "Kontaktplan kan ikke starte",
      inUse ? "Din lokale database bruges allerede af et andet program. Luk det, og start Kontaktplan igen." : "Den lokale database kunne ikke åbnes.",
    );
    app.exit(1);
    return;
  }
  quitAfterShutdown(app, desktop.close, (error) => console.error(`Kontaktplan lukkede ikke rent: ${describe(error)}`));

  window = new BrowserWindow(mainWindowOptions(PRELOAD));
  const contents = window.webContents;
  serveOverIpc(ipcMain, desktop.handle, (event: IpcMainInvokeEvent) => event.sender === contents && event.senderFrame === contents.mainFrame);
  const appUrl = DEV_URL ?? pathToFileURL(RENDERER).href;
  keepOnApp(contents, (url) => url.split("#")[0] === appUrl.split("#")[0]);
  window.once("ready-to-show", () => window?.show());
  window.on("closed", () => (window = null));
  await (DEV_URL ? window.loadURL(DEV_URL) : window.loadFile(RENDERER));
}

/** For the log: the message without anything shaped like a CPR number. */
function describe(error: unknown): string {
  return redactCpr(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

main().catch((error: unknown) => {
  console.error(`Kontaktplan kunne ikke starte: ${describe(error)}`);
  app.exit(1);
});
