import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args.js";

const spec = { json: "boolean", "rule-sets": "value" } as const;

describe("parseArgs", () => {
  it("separates positionals from options in any order", () => {
    const parsed = parseArgs(["a.json", "--json", "--rule-sets", "lab", "b.json"], spec);
    expect(parsed).toEqual({
      ok: true,
      args: {
        positionals: ["a.json", "b.json"],
        options: new Map<string, string | true>([
          ["json", true],
          ["rule-sets", "lab"],
        ]),
      },
    });
  });

  it("accepts --name=value and treats everything after -- as positional", () => {
    const parsed = parseArgs(["--rule-sets=lab,forenklet", "--", "--json"], spec);
    expect(parsed.ok && parsed.args.options.get("rule-sets")).toBe("lab,forenklet");
    expect(parsed.ok && parsed.args.positionals).toEqual(["--json"]);
  });

  it("refuses unknown options, missing values and values on flags, in Danish", () => {
    expect(parseArgs(["--verbose"], spec)).toEqual({ ok: false, message: "Ukendt tilvalg: --verbose" });
    expect(parseArgs(["-x"], spec)).toEqual({ ok: false, message: "Ukendt tilvalg: -x" });
    expect(parseArgs(["--rule-sets"], spec)).toEqual({ ok: false, message: "Tilvalget --rule-sets kræver en værdi" });
    expect(parseArgs(["--json=yes"], spec)).toEqual({ ok: false, message: "Tilvalget --json tager ingen værdi" });
  });
});
