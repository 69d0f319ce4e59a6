import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listen on an ephemeral port on the loopback interface; resolves to the base URL. */
export async function listenOnFreePort(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

/**
 * A typed client that behaves like the web portal in a browser with one cookie jar: it sends the
 * cookies it has and the portal's client header, and keeps what `Set-Cookie` gives it (an empty
 * value or `Max-Age=0` removes a cookie).
 */
export function browserClient(baseUrl: string) {
  const jar = new Map<string, string>();
  const fetchWithCookies = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    headers.set(API_CLIENT_HEADER, "test");
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /;\s*Max-Age=0/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${baseUrl}/trpc`, fetch: fetchWithCookies })] });
  return { trpc, jar };
}
