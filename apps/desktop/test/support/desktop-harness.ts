import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { serveOverIpc, type IpcMainLike, type RequestHandler } from "../../src/main/ipc.js";
import { ipcFetch, type WireResponse } from "../../src/shared/wire.js";
import type { DesktopRouter } from "../../src/main/desktop-router.js";

/** A stand-in for Electron's `ipcMain`: keeps the handler, so a test can invoke it as the preload would. */
export class FakeIpcMain<E> implements IpcMainLike<E> {
  readonly handlers = new Map<string, (event: E, ...args: unknown[]) => Promise<WireResponse>>();
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<WireResponse>): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export interface TestEvent {
  trusted: boolean;
}

/**
 * The renderer's side of the IPC transport in Node: the same `ipcFetch` and tRPC links the
 * renderer uses, with each request structured-cloned as Electron's IPC does.
 */
export function rendererClients(handle: RequestHandler, event: TestEvent = { trusted: true }) {
  const ipcMain = new FakeIpcMain<TestEvent>();
  serveOverIpc(ipcMain, handle, (e) => e.trusted);
  const [listener] = ipcMain.handlers.values();
  const bridge = { fetch: async (wire: unknown) => structuredClone(await listener!(event, structuredClone(wire))) };
  const fetch = ipcFetch(bridge);
  const app: TRPCClient<AppRouter> = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc", fetch })] });
  const desktop: TRPCClient<DesktopRouter> = createTRPCClient<DesktopRouter>({ links: [httpBatchLink({ url: "/desktop", fetch })] });
  return { app, desktop, bridge };
}

/** A throwaway profile folder (the `userData` of a test). */
export function tempProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "kontaktplan-desktop-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
