/** A tRPC client of the server, signed in with a session cookie like the desktop's main process. */
import type { AppRouter } from "@kontaktplan/api";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";

export type Remote = TRPCClient<AppRouter>;

export async function signedInRemote(serverUrl: string, email: string, password: string): Promise<Remote> {
  let cookie: string | null = null;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${serverUrl}/trpc`,
        fetch: async (input, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set("cookie", cookie);
          headers.set(API_CLIENT_HEADER, "test");
          const response = await fetch(input, { ...init, headers });
          const set = response.headers.getSetCookie()[0];
          if (set) cookie = set.split(";")[0]!;
          return response;
        },
      }),
    ],
  });
  await client.auth.login.mutate({ email, password });
  return client;
}
