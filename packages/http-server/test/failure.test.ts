import { describe, expect, it } from "vitest";
import { describeFailure } from "../src/failure.js";

describe("describeFailure", () => {
  it("describes what is thrown, Error or not, never as [object Object]", () => {
    expect(describeFailure(new RangeError("for stor"))).toMatch(/^RangeError: for stor\n\s+at /);
    // What Emscripten (under PGlite) throws when the WASM program exits.
    expect(describeFailure({ name: "ExitStatus", message: "Program terminated with exit(1)", status: 1 })).toBe("ExitStatus: Program terminated with exit(1)");
    expect(describeFailure({ message: "uden navn" })).toBe("Fejl: uden navn");
    expect(describeFailure({ status: 1, detail: { code: "XX000" } })).toBe("{ status: 1, detail: { code: 'XX000' } }");
    expect(describeFailure("tekst")).toBe("tekst");
    expect(describeFailure(undefined)).toBe("undefined");
  });
});
