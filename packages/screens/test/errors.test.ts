import { describe, expect, it } from "vitest";
import { apiFieldErrors, errorCode, errorMessage, fieldErrors } from "../src/errors.js";

const refused = { message: "Tiden er netop blevet booket af en anden.", data: { code: "CONFLICT", fieldErrors: [{ path: "slotId", message: "Optaget" }] } };

describe("errors", () => {
  it("shows the server's message and code", () => {
    expect(errorMessage(refused)).toBe("Tiden er netop blevet booket af en anden.");
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(apiFieldErrors(refused)).toEqual({ slotId: "Optaget" });
  });

  it("says in Danish when the server was not reached", () => {
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("Serveren kunne ikke nås. Tjek forbindelsen, og prøv igen.");
    expect(errorCode(new TypeError("Failed to fetch"))).toBeNull();
    expect(errorCode("nonsense")).toBeNull();
  });

  it("keeps the first message per field", () => {
    expect(
      fieldErrors([
        { path: "times.0.date", message: "A" },
        { path: "times.1.date", message: "B" },
        { path: "email", message: "C" },
      ]),
    ).toEqual({ times: "A", email: "C" });
  });
});
