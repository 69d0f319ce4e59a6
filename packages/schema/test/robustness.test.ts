import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidResult, nulErrors, parseEvaluationInput } from "../src/index.js";
import { validInput } from "./helpers.js";

function expectRefusedCleanly(raw: unknown): void {
  let result: ReturnType<typeof parseEvaluationInput> | undefined;
  expect(() => {
    result = parseEvaluationInput(raw);
  }).not.toThrow();
  expect(result?.ok).toBe(false);
  if (result && !result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.path).toBe("string");
      expect(typeof e.message).toBe("string");
      expect(e.message.length).toBeGreaterThan(0);
    }
    expect(InvalidResult.safeParse({ errors: result.errors }).success).toBe(true);
  }
}

/** Any value that is not a string (so never a valid code, date or id). */
const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);
/** Any value that is not an array. */
const notAnArray = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }));

describe("parseEvaluationInput on garbage never throws and always refuses", () => {
  it("fc.anything()", () => {
    fc.assert(fc.property(fc.anything(), expectRefusedCleanly), { numRuns: 500 });
  });

  it("parsed fc.json()", () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectRefusedCleanly(JSON.parse(text))),
      { numRuns: 500 },
    );
  });

  it("objects with the right top-level keys but wrong types", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            ruleSet: notAString,
            asOf: notAString,
            horizon: notAString,
            anmodningFristDage: fc.oneof(fc.string(), fc.boolean(), fc.double({ noInteger: true }), fc.integer({ max: 0 })),
            forloeb: notAnArray,
            samtaler: notAnArray,
            anmodninger: notAnArray,
          },
          { requiredKeys: ["ruleSet"] },
        ),
        expectRefusedCleanly,
      ),
      { numRuns: 500 },
    );
  });

  it("forløb, samtaler and anmodninger with the right keys but wrong types", () => {
    const badForloeb = fc.record(
      {
        id: notAString,
        borgerId: notAString,
        ydelse: notAString,
        start: notAString,
        end: notAString,
        visitation: notAString,
        pauses: notAnArray,
      },
      { requiredKeys: ["id"] },
    );
    const badSamtale = fc.record({ id: notAString, forloebId: notAString, date: notAString, kind: notAString, status: notAString });
    const badAnmodning = fc.record({ id: fc.anything(), forloebId: fc.anything(), date: notAString, by: fc.anything() });
    fc.assert(
      fc.property(
        fc.array(badForloeb, { minLength: 1, maxLength: 3 }),
        fc.array(badSamtale, { maxLength: 3 }),
        fc.array(badAnmodning, { maxLength: 3 }),
        (forloeb, samtaler, anmodninger) => expectRefusedCleanly(validInput({ forloeb, samtaler, anmodninger })),
      ),
      { numRuns: 300 },
    );
  });

  it("a valid input with one field replaced by garbage", () => {
    const keys = ["ruleSet", "asOf", "forloeb"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), notAString, (key, garbage) => {
        // forloeb must be an array and ruleSet/asOf strings, so a non-string non-array replacement is always wrong;
        // arrays are wrong for ruleSet and asOf, and for forloeb an array of JSON values whose elements are not forløb.
        if (key === "forloeb" && Array.isArray(garbage) && garbage.length === 0) return;
        expectRefusedCleanly(validInput({ [key]: garbage }));
      }),
      { numRuns: 500 },
    );
  });

  it("a BigInt where a code is expected is refused, not thrown", () => {
    expectRefusedCleanly(validInput({ ruleSet: 1n }));
  });

  it("a cyclic object where a code is expected is refused, not thrown", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expectRefusedCleanly(validInput({ ruleSet: cyclic }));
  });
});

describe("nulErrors", () => {
  it("reads a cyclic or shared object once, and still finds the NUL in it", () => {
    const shared: Record<string, unknown> = { text: "a\u0000b" };
    const cyclic: Record<string, unknown> = { left: shared, right: shared };
    cyclic["self"] = cyclic;
    expect(nulErrors(cyclic)).toHaveLength(1);
  });
});
