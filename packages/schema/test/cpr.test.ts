import { describe, expect, it } from "vitest";
import { CitizenCreateInput, cprBirthDate, parseWith } from "../src/index.js";

describe("cprBirthDate", () => {
  it("reads the birth date with the century the seventh digit gives", () => {
    expect(cprBirthDate("010190-1234")).toBe("1990-01-01");
    expect(cprBirthDate("0101904234")).toBe("1990-01-01");
    expect(cprBirthDate("010120-4234")).toBe("2020-01-01");
    expect(cprBirthDate("010160-5234")).toBe("1860-01-01");
    expect(cprBirthDate("010110-8234")).toBe("2010-01-01");
    expect(cprBirthDate("290200-9234")).toBe("2000-02-29");
  });

  it("has none for a day that does not exist or for what is no CPR number", () => {
    expect(cprBirthDate("310290-1234")).toBeNull();
    expect(cprBirthDate("011390-1234")).toBeNull();
    expect(cprBirthDate("290201-9234")).toBeNull();
    expect(cprBirthDate("01019-1234")).toBeNull();
  });
});

describe("CitizenCreateInput", () => {
  it("refuses a CPR number whose birth date does not exist, at the field, in Danish", () => {
    expect(parseWith(CitizenCreateInput, { name: "Ny", cpr: "310290-1234" })).toEqual({
      ok: false,
      errors: [{ path: "cpr", message: "CPR-nummerets første seks cifre skal være borgerens fødselsdato (ddmmåå), og den dato findes ikke" }],
    });
    expect(parseWith(CitizenCreateInput, { name: "Ny", cpr: "280290-1234" })).toMatchObject({ ok: true, value: { cpr: "2802901234" } });
  });
});
