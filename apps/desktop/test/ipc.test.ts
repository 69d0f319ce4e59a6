import { describe, expect, it, vi } from "vitest";
import { FETCH_CHANNEL } from "../src/shared/wire.js";
import { routeRequests } from "../src/main/request-handler.js";
import { serveOverIpc } from "../src/main/ipc.js";
import { keepOnApp, mainWindowOptions } from "../src/main/window.js";
import { SessionCookie } from "../src/main/session-cookie.js";
import { FakeIpcMain, rendererClients } from "./support/desktop-harness.js";

const echo = routeRequests({
  "/echo": async (req) => Response.json({ method: req.method, path: new URL(req.url).pathname, body: req.method === "POST" ? await req.text() : null }),
});

describe("the IPC transport", () => {
  it("carries a request to the handler and its answer back, by path", async () => {
    const { bridge } = rendererClients(echo);
    const answer = await bridge.fetch({ url: "/echo/x?y=1", method: "POST", headers: [["content-type", "application/json"]], body: '{"a":1}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ method: "POST", path: "/echo/x", body: '{"a":1}' });
    expect((await bridge.fetch({ url: "/elsewhere", method: "GET", headers: [], body: null })).status).toBe(404);
  });

  it("serves only our own window", async () => {
    const { bridge } = rendererClients(echo, { trusted: false });
    const answer = await bridge.fetch({ url: "/echo/x", method: "GET", headers: [], body: null });
    expect(answer.status).toBe(403);
  });

  it("refuses malformed messages before they reach the handler", async () => {
    const handle = vi.fn(echo);
    const ipcMain = new FakeIpcMain<null>();
    serveOverIpc(ipcMain, handle, () => true);
    const listener = ipcMain.handlers.get(FETCH_CHANNEL)!;
    for (const wire of [
      null,
      "GET /",
      { url: "http://evil.example/x", method: "GET", headers: [], body: null },
      { url: "/x", method: "DELETE", headers: [], body: null },
    ]) {
      expect((await listener(null, wire)).status).toBe(400);
    }
    expect(handle).not.toHaveBeenCalled();
  });

  it("removes its handler when stopped, so a new window can register again", () => {
    const ipcMain = new FakeIpcMain<null>();
    const stop = serveOverIpc(ipcMain, echo, () => true);
    stop();
    expect(ipcMain.handlers.size).toBe(0);
    serveOverIpc(ipcMain, echo, () => true);
    expect(ipcMain.handlers.has(FETCH_CHANNEL)).toBe(true);
  });
});

describe("the main window", () => {
  it("is sandboxed, isolated and without Node", () => {
    expect(mainWindowOptions("/app/out/preload/index.cjs").webPreferences).toMatchObject({
      preload: "/app/out/preload/index.cjs",
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it("never leaves the app or opens new windows", () => {
    const listeners: ((event: { preventDefault(): void }, url: string) => void)[] = [];
    let openHandler: ((details: { url: string }) => { action: "deny" }) | undefined;
    keepOnApp({ on: (_event, listener) => listeners.push(listener), setWindowOpenHandler: (h) => (openHandler = h) }, (url) => url.startsWith("file:///app/"));
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners[0]!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate("file:///app/index.html#/borger/1")).toBe(false);
    expect(navigate("https://example.com/")).toBe(true);
    expect(openHandler!({ url: "https://example.com/" })).toEqual({ action: "deny" });
  });
});

describe("the session cookie held by the main process", () => {
  it("takes the session from Set-Cookie and drops it when it is cleared or expired", () => {
    const cookie = new SessionCookie();
    const changes: boolean[] = [];
    cookie.onChange((signedIn) => changes.push(signedIn));
    const token = "a".repeat(43);
    cookie.accept(`kontaktplan_session=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=28800`);
    expect(cookie.header()).toBe(`kontaktplan_session=${token}`);
    cookie.accept("other=1; Path=/");
    expect(cookie.signedIn).toBe(true);
    cookie.accept("kontaktplan_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    expect(cookie.header()).toBeUndefined();
    expect(changes).toEqual([true, false]);
  });
});
