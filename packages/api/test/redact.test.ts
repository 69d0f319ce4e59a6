import { describe, expect, it } from "vitest";
import { redactCpr } from "../src/logging/redact.js";

describe("redactCpr", () => {
  it("blanks anything shaped like a CPR number, with or without the dash", () => {
    expect(redactCpr("GET /x/0101375000 and 010137-5000")).toBe("GET /x/xxxxxx-xxxx and xxxxxx-xxxx");
    expect(redactCpr("POST /trpc/auth.login 200 3.1ms")).toBe("POST /trpc/auth.login 200 3.1ms");
  });

  it("blanks CPR numbers written with dots, in full-width digits, or percent-encoded in a path", () => {
    expect(redactCpr("GET /x/01.01.37-5000 404")).toBe("GET /x/xxxxxx-xxxx 404");
    expect(redactCpr("GET /x/０１０１３７５０００ 404")).toBe("GET /x/xxxxxx-xxxx 404");
    expect(redactCpr("GET /calendar/%30%31%30%31%33%37-5000.ics 404")).toBe("GET /calendar/xxxxxx-xxxx.ics 404");
    expect(redactCpr("GET /x/%2530%2531%2530%2531%2533%2537%2535%2530%2530%2530 404")).toBe("GET /x/xxxxxx-xxxx 404");
    expect(redactCpr(`GET /x/${encodeURIComponent("０１０１３７５０００")} 404`)).toBe("GET /x/xxxxxx-xxxx 404");
  });

  it("leaves malformed percent-encoding and longer numbers alone, and never throws", () => {
    expect(redactCpr("GET /calendar/%ZZ%E0%A4.ics 400")).toBe("GET /calendar/%ZZ%E0%A4.ics 400");
    expect(redactCpr("GET /x/123456789012 200")).toBe("GET /x/123456789012 200");
  });
});
