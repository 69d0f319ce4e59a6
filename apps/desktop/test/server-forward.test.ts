import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@kontaktplan/api";
import { serverForward } from "../src/main/server-forward.js";
import { SessionCookie } from "../src/main/session-cookie.js";

const SERVER = "https://kontaktplan.example";
const INBOX = new Request("app://kontaktplan/trpc/notifications.list?batch=1&input=%7B%7D");

function signedIn(): SessionCookie {
  const cookie = new SessionCookie();
  cookie.accept(`${SESSION_COOKIE}=token; Path=/; HttpOnly`);
  return cookie;
}

function failingWith(error: unknown): typeof fetch {
  return () => Promise.reject(error);
}

describe("forwarding the server's procedures", () => {
  it("passes the server's answer on", async () => {
    const forward = serverForward(
      SERVER,
      signedIn(),
      () => true,
      () => Promise.resolve(Response.json([{ result: { data: [] } }])),
    );
    const response = await forward(INBOX);
    expect(response?.status).toBe(200);
    expect(await response?.json()).toEqual([{ result: { data: [] } }]);
  });

  it("lets the local copy answer when the server cannot be reached or does not answer in time", async () => {
    for (const error of [new TypeError("fetch failed"), new DOMException("timed out", "TimeoutError"), new DOMException("aborted", "AbortError")]) {
      expect(await serverForward(SERVER, signedIn(), () => true, failingWith(error))(INBOX)).toBeNull();
    }
  });

  it("does not hide a fault of its own as an unreachable server", async () => {
    const forward = serverForward(SERVER, signedIn(), () => true, failingWith(new RangeError("a bug")));
    await expect(forward(INBOX)).rejects.toThrow(RangeError);
  });
});
