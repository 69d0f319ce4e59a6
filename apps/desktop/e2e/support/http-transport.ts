/**
 * TEST ONLY: the desktop's main-process logic (`startDesktop`: local PGlite, app router, sync)
 * served over HTTP, with the built renderer at `/`, so Chromium can drive the real renderer. In the
 * app the same handler answers the preload's IPC; without the preload the renderer calls its own
 * origin, which is this server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createStaticFiles } from "@kontaktplan/http-server";
import { startDesktop, type Desktop, type DesktopOptions } from "../../src/main/desktop.js";

export interface DesktopOverHttp {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveDesktopOverHttp(options: DesktopOptions & { rendererRoot: string }): Promise<DesktopOverHttp> {
  const desktop = await startDesktop(options);
  const staticFiles = createStaticFiles(options.rendererRoot);
  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    const answer = pathname.startsWith("/trpc/") || pathname.startsWith("/desktop/") ? forward(desktop, req, res) : staticFiles(req, res, pathname);
    answer.catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await closeServer(server);
      await desktop.close();
    },
  };
}

async function forward(desktop: Desktop, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(new URL(req.url ?? "/", "http://127.0.0.1"), {
    method: req.method ?? "GET",
    headers,
    ...(req.method === "POST" ? { body: Buffer.concat(chunks).toString("utf8") } : {}),
  });
  const response = await desktop.handle(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
