import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";

/**
 * A typed client that behaves like the web portal in a browser with one cookie jar: it sends the
 * cookies it has and the portal's client header, and keeps what `Set-Cookie` gives it (an empty
 * value or `Max-Age=0` removes a cookie).
 */
export function browserClient(baseUrl: string): { trpc: TRPCClient<AppRouter>; jar: Map<string, string> } {
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
