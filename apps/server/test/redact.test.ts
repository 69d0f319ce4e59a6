import { describe, expect, it } from "vitest";
import { redactCpr } from "../src/redact.js";

describe("redactCpr", () => {
  it("blanks anything shaped like a CPR number, with or without the dash", () => {
    expect(redactCpr("GET /x/0101375000 and 010137-5000")).toBe("GET /x/xxxxxx-xxxx and xxxxxx-xxxx");
    expect(redactCpr("POST /trpc/auth.login 200 3.1ms")).toBe("POST /trpc/auth.login 200 3.1ms");
  });
});
