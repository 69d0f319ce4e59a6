import { httpBatchLink } from "@trpc/client";
import { setApiLink } from "../../src/trpc.js";

export interface Call {
  path: string;
  input: unknown;
}

type Answer = { data: unknown } | { error: { message: string; code: string; fieldErrors?: { path: string; message: string }[] } };

/**
 * Point the screens' API client at a fake server over the real tRPC HTTP link: every call is
 * recorded, and `answer` decides what each procedure returns (data or a refusal in the API's shape).
 */
export function fakeApi(answer: (call: Call) => Answer): Call[] {
  const calls: Call[] = [];
  setApiLink(
    httpBatchLink({
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
    }),
  );
  return calls;
}
