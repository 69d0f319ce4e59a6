import { EventEmitter } from "node:events";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { LOCK_NAME } from "@kontaktplan/db/data-lock";
import { quitAfterShutdown, type QuittingApp } from "../src/main/lifecycle.js";
import { claimSingleInstance } from "../src/main/single-instance.js";
import { openLocalStore } from "../src/main/local-store.js";
import { tempProfile } from "./support/desktop-harness.js";

/** Electron's `app` as far as quitting goes: `quit` emits before-quit and ends unless a listener prevents it. */
class FakeApp extends EventEmitter implements QuittingApp {
  readonly log: string[] = [];
  ended = false;
  quit(): void {
    this.log.push("quit");
    let prevented = false;
    this.emit("before-quit", { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.ended = true;
      this.log.push("ended");
    }
  }
  exit(code: number): void {
    this.log.push(`exit ${code}`);
    this.ended = true;
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("quitting", () => {
  it("holds the quit until PGlite is closed and the folder released, then quits once", async () => {
    const profile = tempProfile();
    const dataDir = join(profile.dir, "pglite");
    const store = await openLocalStore(dataDir);
    const app = new FakeApp();
    const report = vi.fn();
    quitAfterShutdown(
      app,
      async () => {
        app.log.push("shutdown");
        await store.close();
        app.log.push(existsSync(join(dataDir, LOCK_NAME)) ? "still locked" : "closed and released");
      },
      report,
    );

    app.emit("window-all-closed");
    expect(app.ended).toBe(false);
    app.quit(); // a second quit while closing is held back too, and starts nothing new
    await vi.waitFor(() => expect(app.ended).toBe(true), { timeout: 20_000 });
    expect(app.log).toEqual(["quit", "shutdown", "quit", "closed and released", "quit", "ended"]);
    expect(report).not.toHaveBeenCalled();
    profile.remove();
  });

  it("still ends, with a failure exit code, when the shutdown fails", async () => {
    const app = new FakeApp();
    const report = vi.fn();
    const failure = new Error("close failed");
    quitAfterShutdown(app, () => Promise.reject(failure), report);
    app.quit();
    await flush();
    expect(report).toHaveBeenCalledWith(failure);
    expect(app.log).toEqual(["quit", "exit 1"]);
  });
});

describe("one instance per profile", () => {
  const fakeApp = (gotLock: boolean) => ({ requestSingleInstanceLock: () => gotLock, on: vi.fn(), quit: vi.fn() });

  it("the first instance keeps running and shows its window when a second one starts", () => {
    const app = fakeApp(true);
    const show = vi.fn();
    expect(claimSingleInstance(app, show)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(app.on).toHaveBeenCalledWith("second-instance", show);
  });

  it("a second instance quits before touching the profile", () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });
});
