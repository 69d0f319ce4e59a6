import type { ReactNode } from "react";
import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@kontaktplan/api";
import { ApiProvider, type ApiClient } from "../../src/api.js";

export interface Call {
  path: string;
  input: unknown;
}

type Answer = { data: unknown } | { error: { message: string; code: string; fieldErrors?: { path: string; message: string }[] } };

/**
 * An API client that talks to a fake server over the real tRPC HTTP link: every call is recorded
 * in `calls`, and `answer` decides what each procedure returns (data or a refusal in the API's shape).
 */
export function fakeApi(answer: (call: Call) => Answer): { client: ApiClient; calls: Call[] } {
  const calls: Call[] = [];
  const link = httpBatchLink<AppRouter>({
    url: "http://kontaktplan.test/trpc",
    fetch: async (url, options) => {
      const paths = decodeURIComponent(new URL(String(url)).pathname.replace("/trpc/", "")).split(",");
      const body = JSON.parse(String(options?.body ?? "{}")) as Record<string, unknown>;
      const results = paths.map((path, i) => {
        const call = { path, input: body[String(i)] };
        calls.push(call);
        const a = answer(call);
        return "data" in a
          ? { result: { data: a.data } }
          : { error: { message: a.error.message, code: -32600, data: { code: a.error.code, httpStatus: 400, path, fieldErrors: a.error.fieldErrors ?? [] } } };
      });
      return new Response(JSON.stringify(results), { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  return { client: createTRPCClient<AppRouter>({ links: [link] }), calls };
}

/** Render `ui` as the apps do: inside a fresh query cache and an `ApiProvider` (by default one whose every answer is null). */
export function renderWithApi(ui: ReactNode, client: ApiClient = fakeApi(() => ({ data: null })).client): void {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider client={client}>{ui}</ApiProvider>
    </QueryClientProvider>,
  );
}
