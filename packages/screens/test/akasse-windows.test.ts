import { describe, expect, it } from "vitest";
import { apiFieldErrors, byFullPath, fieldErrors } from "../src/errors.js";
import { bookableWindow } from "../src/akasse/windows.js";

describe("bookableWindow", () => {
  const threeMonths = { from: "2025-01-06", to: "2025-04-05" };
  const sixMonths = { from: "2025-01-06", to: "2025-07-05" };

  it("starts today at the earliest", () => {
    expect(bookableWindow([threeMonths], null, "2025-03-03")).toEqual({ from: "2025-03-03", to: "2025-04-05" });
    expect(bookableWindow([{ from: "2025-07-06", to: "2026-05-05" }], null, "2025-03-03")).toEqual({ from: "2025-07-06", to: "2026-05-05" });
  });

  it("keeps a meeting booked for several deadlines inside all of them, as the server does", () => {
    expect(bookableWindow([sixMonths, threeMonths], null, "2025-03-03")).toEqual({ from: "2025-03-03", to: "2025-04-05" });
  });

  it("stops at the forløb's end", () => {
    expect(bookableWindow([sixMonths], "2025-03-20", "2025-03-03")).toEqual({ from: "2025-03-03", to: "2025-03-20" });
  });

  it("has no days when the window is over, the forløb has ended, or nothing is booked", () => {
    expect(bookableWindow([threeMonths], null, "2025-04-06")).toBeNull();
    expect(bookableWindow([threeMonths], "2025-03-02", "2025-03-03")).toBeNull();
    expect(bookableWindow([], null, "2025-03-03")).toBeNull();
  });
});

describe("field errors by full path", () => {
  it("keep each repeated field's own message, the first one per path", () => {
    expect(
      fieldErrors(
        [
          { path: "times.0.date", message: "A" },
          { path: "times.1.date", message: "B" },
          { path: "times.1.date", message: "C" },
          { path: "times", message: "D" },
        ],
        byFullPath,
      ),
    ).toEqual({ "times.0.date": "A", "times.1.date": "B", times: "D" });
  });

  it("read the API's field errors, and nothing from what is not an API error", () => {
    const refused = { message: "Uden for vinduet", data: { code: "BAD_REQUEST", fieldErrors: [{ path: "times.2.date", message: "Uden for vinduet" }] } };
    expect(apiFieldErrors(refused, byFullPath)).toEqual({ "times.2.date": "Uden for vinduet" });
    expect(apiFieldErrors(new TypeError("Failed to fetch"), byFullPath)).toEqual({});
    expect(apiFieldErrors({ message: "x", data: null }, byFullPath)).toEqual({});
  });
});
