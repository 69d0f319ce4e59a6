import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { killServerProcesses, serveForTest, startServerProcess, type TestServer } from "../src/index.js";

const ENTRY = fileURLToPath(new URL("./fixtures/entry.mjs", import.meta.url));

const reachable = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

describe("serveForTest", () => {
  let served: TestServer | undefined;
  afterEach(async () => {
    await served?.close();
  });

  it("serves on a free loopback port, goes off the network and comes back on the same port", async () => {
    const server: Server = createServer((req, res) => res.end(req.url));
    served = await serveForTest(server);
    expect(served.url).toBe(`http://127.0.0.1:${served.port}`);
    expect(await (await fetch(`${served.url}/a`)).text()).toBe("/a");
    await served.stop();
    expect(await reachable(served.url)).toBe(false);
    await served.start();
    expect(await (await fetch(`${served.url}/b`)).text()).toBe("/b");
  });

  it("holds back the requests whose path contains the slowed part, and only those, until told to stop", async () => {
    served = await serveForTest(createServer((req, res) => res.end(req.url)));
    served.slowDown("langsom", 2_000);
    const timed = async (path: string) => {
      const started = performance.now();
      await (await fetch(`${served!.url}${path}`)).text();
      return performance.now() - started;
    };
    expect(await timed("/langsom")).toBeGreaterThanOrEqual(1_990);
    expect(await timed("/hurtig")).toBeLessThan(1_990);
    served.slowDown("langsom", 0);
    expect(await timed("/langsom")).toBeLessThan(1_990);
  });
});

describe("startServerProcess", () => {
  afterEach(killServerProcesses);

  it("waits for the entry's listening line, answers on its port, and stops it with SIGTERM", async () => {
    const server = startServerProcess(ENTRY);
    const url = await server.listening();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(url)).text()).toBe("ok");
    expect(await server.stop()).toBe(0);
  });

  it("fails with the entry's output when it ends before it listens", async () => {
    const server = startServerProcess(ENTRY, { env: { FAIL: "1" } });
    await expect(server.listening()).rejects.toThrow(/kunne ikke starte/);
    expect(await server.exited).toBe(3);
  });

  it("kills a server process outright (SIGKILL)", async () => {
    const server = startServerProcess(ENTRY);
    const url = await server.listening();
    await server.kill();
    expect(server.child.signalCode).toBe("SIGKILL");
    expect(await reachable(url)).toBe(false);
  });
});
