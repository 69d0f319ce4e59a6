import { describe, expect, it } from "vitest";
import { YDELSER, VISITATIONS } from "../src/index.js";
import { accepted, anmodning, errorsOf, forloeb, pathsOf, samtale, validInput, without, type Raw } from "./helpers.js";

describe("the valid base input", () => {
  it("is accepted, so every refusal below is caused by the one change it makes", () => {
    const value = accepted(validInput());
    expect(value.forloeb[0]?.id).toBe("f1");
    expect(value.samtaler?.[0]?.id).toBe("s1");
    expect(value.anmodninger?.[0]?.id).toBe("a1");
  });
});

describe("malformed shapes are refused at the offending path", () => {
  it.each<[string, unknown, string[]]>([
    ["input is null", null, [""]],
    ["input is an array", [], [""]],
    ["input is a string", "forloeb", [""]],
    ["forloeb is a string", validInput({ forloeb: "f1" }), ["forloeb"]],
    ["forloeb is an object", validInput({ forloeb: { 0: forloeb() } }), ["forloeb"]],
    ["forloeb is missing", validInput({ forloeb: undefined }), ["forloeb"]],
    ["samtaler is an object", validInput({ samtaler: samtale() }), ["samtaler"]],
    ["anmodninger is a number", validInput({ anmodninger: 3 }), ["anmodninger"]],
    ["ruleSet is missing", validInput({ ruleSet: undefined }), ["ruleSet"]],
    ["asOf is missing", validInput({ asOf: undefined }), ["asOf"]],
    ["asOf is a number", validInput({ asOf: 20250601 }), ["asOf"]],
    ["horizon is a boolean", validInput({ horizon: true }), ["horizon"]],
    ["a forløb is null", validInput({ forloeb: [null] }), ["forloeb.0"]],
    ["a forløb lacks its id", validInput({ forloeb: [forloeb({ id: undefined })] }), ["forloeb.0.id"]],
    ["a forløb's id is a number", validInput({ forloeb: [forloeb({ id: 1 })] }), ["forloeb.0.id"]],
    ["a forløb's id is empty", validInput({ forloeb: [forloeb({ id: "" })], samtaler: [], anmodninger: [] }), ["forloeb.0.id"]],
    ["a forløb lacks borgerId", validInput({ forloeb: [forloeb({ borgerId: undefined })] }), ["forloeb.0.borgerId"]],
    ["a forløb lacks ydelse", validInput({ forloeb: [forloeb({ ydelse: undefined })] }), ["forloeb.0.ydelse"]],
    ["a forløb lacks start", validInput({ forloeb: [forloeb({ start: undefined })] }), ["forloeb.0.start"]],
    ["a forløb's start is a number", validInput({ forloeb: [forloeb({ start: 20250106 })] }), ["forloeb.0.start"]],
    ["a flag is a string", validInput({ forloeb: [forloeb({ akasseFravalgt: "true" })] }), ["forloeb.0.akasseFravalgt"]],
    ["pauses is an object", validInput({ forloeb: [forloeb({ pauses: { from: "2025-02-01", to: "2025-02-03" } })] }), ["forloeb.0.pauses"]],
    ["a pause lacks to", validInput({ forloeb: [forloeb({ pauses: [{ from: "2025-02-01" }] })] }), ["forloeb.0.pauses.0.to"]],
    ["a samtale lacks its id", validInput({ samtaler: [samtale({ id: undefined })] }), ["samtaler.0.id"]],
    ["a samtale's forloebId is a number", validInput({ samtaler: [samtale({ forloebId: 1 })] }), ["samtaler.0.forloebId"]],
    ["a samtale's date is a number", validInput({ samtaler: [samtale({ date: 20250110 })] }), ["samtaler.0.date"]],
    ["an anmodning lacks its date", validInput({ anmodninger: [anmodning({ date: undefined })] }), ["anmodninger.0.date"]],
    ["an anmodning's id is a number", validInput({ anmodninger: [anmodning({ id: 7 })] }), ["anmodninger.0.id"]],
  ])("%s", (_name, raw, paths) => {
    expect(pathsOf(raw)).toEqual(paths);
  });

  it("reports the index of the bad element, not of the first one", () => {
    const raw = validInput({ forloeb: [forloeb(), forloeb({ id: "f2", borgerId: "b2", start: 5 })] });
    expect(pathsOf(raw)).toEqual(["forloeb.1.start"]);
  });
});

describe("impossible or misformatted dates are refused", () => {
  it.each([
    "2025-02-30",
    "2023-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "2025-01-00",
    "2025-1-6",
    "06-01-2025",
    "2025/01/06",
    "2025-01-06T00:00:00Z",
    "",
    " 2025-01-06",
  ])("%j as asOf, start, end, pause, samtale date, anmodning date and horizon", (bad) => {
    expect(pathsOf(validInput({ asOf: bad }))).toEqual(["asOf"]);
    expect(pathsOf(validInput({ horizon: bad }))).toEqual(["horizon"]);
    expect(pathsOf(validInput({ forloeb: [forloeb({ start: bad })] }))).toContain("forloeb.0.start");
    expect(pathsOf(validInput({ forloeb: [forloeb({ end: bad })] }))).toContain("forloeb.0.end");
    expect(pathsOf(validInput({ forloeb: [forloeb({ visitationsdato: bad })] }))).toContain("forloeb.0.visitationsdato");
    expect(pathsOf(validInput({ forloeb: [forloeb({ pauses: [{ from: bad, to: "2025-12-31" }] })] }))).toContain("forloeb.0.pauses.0.from");
    expect(pathsOf(validInput({ samtaler: [samtale({ date: bad })] }))).toEqual(["samtaler.0.date"]);
    expect(pathsOf(validInput({ anmodninger: [anmodning({ date: bad })] }))).toEqual(["anmodninger.0.date"]);
  });
});

describe("unknown codes are refused", () => {
  it.each<[string, Raw, string]>([
    ["ruleSet", validInput({ ruleSet: "LAB" }), "ruleSet"],
    ["ruleSet (2019 law)", validInput({ ruleSet: "lab2019" }), "ruleSet"],
    ["ydelse", validInput({ forloeb: [forloeb({ ydelse: "boligstoette" })] }), "forloeb.0.ydelse"],
    ["ydelse with Danish letters", validInput({ forloeb: [forloeb({ ydelse: "kontanthjælp", visitation: "jobparat" })] }), "forloeb.0.ydelse"],
    ["visitation", validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "matchgruppe1" })] }), "forloeb.0.visitation"],
    [
      "hjaelpstype",
      validInput({ forloeb: [forloeb({ ydelse: "integrationsydelse", hjaelpstype: "dagpenge", visitation: "jobparat" })] }),
      "forloeb.0.hjaelpstype",
    ],
    ["kind", validInput({ samtaler: [samtale({ kind: "joint" })] }), "samtaler.0.kind"],
    ["status", validInput({ samtaler: [samtale({ status: "held" })] }), "samtaler.0.status"],
    ["form", validInput({ samtaler: [samtale({ form: "email" })] }), "samtaler.0.form"],
    ["by", validInput({ anmodninger: [anmodning({ by: "akasse" })] }), "anmodninger.0.by"],
  ])("%s", (_name, raw, path) => {
    expect(pathsOf(raw)).toEqual([path]);
  });
});

describe("end before start and inverted pauses", () => {
  it("refuses end before start at forloeb.N.end", () => {
    expect(pathsOf(validInput({ forloeb: [forloeb({ start: "2025-03-01", end: "2025-02-28" })] }))).toEqual(["forloeb.0.end"]);
  });

  it("accepts a one-day forløb (end equals start)", () => {
    accepted(validInput({ forloeb: [forloeb({ start: "2025-03-01", end: "2025-03-01" })] }));
  });

  it("refuses a pause with to before from at forloeb.N.pauses.M.to", () => {
    const raw = validInput({
      forloeb: [
        forloeb({
          pauses: [
            { from: "2025-02-01", to: "2025-02-05" },
            { from: "2025-03-10", to: "2025-03-09" },
          ],
        }),
      ],
    });
    expect(pathsOf(raw)).toEqual(["forloeb.0.pauses.1.to"]);
    expect(pathsOf(validInput({ forloeb: [forloeb({ pauses: [{ from: "2025-02-01", to: "2024-12-31" }] })] }))).toEqual(["forloeb.0.pauses.0.to"]);
  });

  it("accepts a one-day pause", () => {
    accepted(validInput({ forloeb: [forloeb({ pauses: [{ from: "2025-02-01", to: "2025-02-01" }] })] }));
  });
});

describe("forløb of one citizen must not overlap (both ends inclusive)", () => {
  const a = forloeb({ id: "a", borgerId: "b1", ydelse: "dagpenge", start: "2025-01-01", end: "2025-03-31" });

  it("refuses a later forløb starting inside the earlier one, at the later one's start", () => {
    const b = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-03-01", end: null });
    expect(pathsOf(validInput({ forloeb: [a, b], samtaler: [], anmodninger: [] }))).toEqual(["forloeb.1.start"]);
  });

  it("refuses a forløb that starts on the day the previous one ends", () => {
    const b = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-03-31", end: null });
    expect(pathsOf(validInput({ forloeb: [a, b], samtaler: [], anmodninger: [] }))).toEqual(["forloeb.1.start"]);
  });

  it("accepts a forløb that starts the day after the previous one ends", () => {
    const b = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-04-01", end: null });
    accepted(validInput({ forloeb: [a, b], samtaler: [], anmodninger: [] }));
  });

  it("points at the later forløb even when it is listed first", () => {
    const b = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-03-31", end: null });
    expect(pathsOf(validInput({ forloeb: [b, a], samtaler: [], anmodninger: [] }))).toEqual(["forloeb.0.start"]);
  });

  it("refuses any later forløb of a citizen whose earlier forløb is ongoing (end null or omitted)", () => {
    const ongoing = forloeb({ id: "a", borgerId: "b1", start: "2024-01-01", end: null });
    const later = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2030-01-01", end: "2030-02-01" });
    expect(pathsOf(validInput({ forloeb: [ongoing, later], samtaler: [], anmodninger: [] }))).toEqual(["forloeb.1.start"]);
    expect(pathsOf(validInput({ forloeb: [later, without(ongoing, "end")], samtaler: [], anmodninger: [] }))).toEqual(["forloeb.0.start"]);
  });

  it("refuses two forløb with the same start, at one of them", () => {
    const b = forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-01-01", end: "2025-01-01" });
    const paths = pathsOf(validInput({ forloeb: [a, b], samtaler: [], anmodninger: [] }));
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^forloeb\.[01]\.start$/);
  });

  it("checks each citizen separately among interleaved forløb", () => {
    const list = [
      forloeb({ id: "x1", borgerId: "x", start: "2025-01-01", end: "2025-01-31" }),
      forloeb({ id: "y1", borgerId: "y", start: "2025-01-15", end: "2025-02-15" }),
      forloeb({ id: "x2", borgerId: "x", ydelse: "revalidering", start: "2025-02-01", end: "2025-02-28" }),
      forloeb({ id: "y2", borgerId: "y", ydelse: "revalidering", start: "2025-02-15", end: null }),
    ];
    expect(pathsOf(validInput({ forloeb: list, samtaler: [], anmodninger: [] }))).toEqual(["forloeb.3.start"]);
  });

  it("reports every later forløb that overlaps an earlier one, not only the neighbour in start order", () => {
    // c (index 2) lies inside a but not inside b; it overlaps a all the same.
    const list = [
      forloeb({ id: "a", borgerId: "b1", start: "2025-01-01", end: "2025-12-31" }),
      forloeb({ id: "b", borgerId: "b1", ydelse: "revalidering", start: "2025-02-01", end: "2025-02-10" }),
      forloeb({ id: "c", borgerId: "b1", ydelse: "revalidering", start: "2025-03-01", end: "2025-03-10" }),
    ];
    const paths = pathsOf(validInput({ forloeb: list, samtaler: [], anmodninger: [] }));
    expect(paths).toContain("forloeb.1.start");
    expect(paths).toContain("forloeb.2.start");
  });

  it("lets forløb of different citizens overlap", () => {
    const b = forloeb({ id: "b", borgerId: "b2", ydelse: "dagpenge", start: "2025-01-01", end: "2025-03-31" });
    const c = forloeb({ id: "c", borgerId: "b3", ydelse: "dagpenge", start: "2025-02-01", end: null });
    accepted(validInput({ forloeb: [a, b, c], samtaler: [], anmodninger: [] }));
  });
});

describe("duplicate ids", () => {
  it("refuses a repeated forløb id at the second occurrence", () => {
    const list = [forloeb({ id: "f1", borgerId: "b1" }), forloeb({ id: "f1", borgerId: "b2" })];
    expect(pathsOf(validInput({ forloeb: list }))).toEqual(["forloeb.1.id"]);
  });

  it("refuses a repeated samtale id at the second occurrence", () => {
    const list = [samtale({ id: "s1" }), samtale({ id: "s2" }), samtale({ id: "s1", date: "2025-02-10" })];
    expect(pathsOf(validInput({ samtaler: list }))).toEqual(["samtaler.2.id"]);
  });

  it("refuses a repeated anmodning id at the second occurrence, and at every later one", () => {
    const list = [anmodning(), anmodning({ date: "2025-03-01" }), anmodning({ date: "2025-04-01" })];
    expect(pathsOf(validInput({ anmodninger: list }))).toEqual(["anmodninger.1.id", "anmodninger.2.id"]);
  });

  it("allows the same id in different lists", () => {
    accepted(validInput({ samtaler: [samtale({ id: "f1" })], anmodninger: [anmodning({ id: "f1" })] }));
  });
});

describe("references to forløb", () => {
  it("refuses a samtale on an unknown forløb at samtaler.N.forloebId", () => {
    expect(pathsOf(validInput({ samtaler: [samtale(), samtale({ id: "s2", forloebId: "nope" })] }))).toEqual(["samtaler.1.forloebId"]);
    expect(pathsOf(validInput({ samtaler: [samtale({ forloebId: "F1" })] }))).toEqual(["samtaler.0.forloebId"]);
  });

  it("refuses an anmodning on an unknown forløb at anmodninger.N.forloebId", () => {
    expect(pathsOf(validInput({ anmodninger: [anmodning({ forloebId: "nope" })] }))).toEqual(["anmodninger.0.forloebId"]);
  });

  it("refuses a samtale referring to a borgerId instead of a forløb id", () => {
    expect(pathsOf(validInput({ samtaler: [samtale({ forloebId: "b1" })] }))).toEqual(["samtaler.0.forloebId"]);
  });
});

describe("faelles and cv only on dagpenge", () => {
  const nonDagpenge: Raw[] = [
    forloeb({ ydelse: "kontanthjaelp", visitation: "jobparat" }),
    forloeb({ ydelse: "sygedagpenge", forventetFravaerOver8Uger: true }),
    forloeb({ ydelse: "integrationsydelse", hjaelpstype: "kontanthjaelp", visitation: "jobparat" }),
    forloeb({ ydelse: "ledighedsydelse" }),
    forloeb({ ydelse: "foertidspension" }),
  ];

  it.each(["faelles", "cv"])("refuses %s on non-dagpenge forløb at samtaler.N.kind", (kind) => {
    for (const f of nonDagpenge) {
      expect(pathsOf(validInput({ forloeb: [f], samtaler: [samtale(), samtale({ id: "s2", kind })] }))).toEqual(["samtaler.1.kind"]);
    }
  });

  it.each(["faelles", "cv", "individuel"])("accepts %s on dagpenge", (kind) => {
    accepted(validInput({ samtaler: [samtale({ kind })] }));
  });

  it("accepts individuel on every non-dagpenge forløb", () => {
    for (const f of nonDagpenge) accepted(validInput({ forloeb: [f], samtaler: [samtale()] }));
  });
});

describe("visitation", () => {
  const fitting: Record<string, readonly string[]> = {
    kontanthjaelp: ["jobparat", "aktivitetsparat"],
    uddannelseshjaelp: ["uddannelsesparat", "aabenlyst_uddannelsesparat", "aktivitetsparat"],
  };

  for (const [family, allowed] of Object.entries(fitting)) {
    const variants: [string, Raw][] = [
      [family, { ydelse: family }],
      [`integrationsydelse with hjaelpstype ${family}`, { ydelse: "integrationsydelse", hjaelpstype: family }],
    ];
    for (const [label, base] of variants) {
      describe(label, () => {
        it("refuses a missing visitation (omitted or null)", () => {
          expect(pathsOf(validInput({ forloeb: [forloeb(base)] }))).toEqual(["forloeb.0.visitation"]);
          expect(pathsOf(validInput({ forloeb: [forloeb({ ...base, visitation: null })] }))).toEqual(["forloeb.0.visitation"]);
        });

        it.each(allowed)("accepts %s", (visitation) => {
          accepted(validInput({ forloeb: [forloeb({ ...base, visitation })] }));
        });

        it.each(VISITATIONS.filter((v) => !allowed.includes(v)))("refuses misfitting %s", (visitation) => {
          expect(pathsOf(validInput({ forloeb: [forloeb({ ...base, visitation })] }))).toEqual(["forloeb.0.visitation"]);
        });
      });
    }
  }

  const withoutVisitation = YDELSER.filter((y) => !["kontanthjaelp", "uddannelseshjaelp", "integrationsydelse"].includes(y));

  it.each(withoutVisitation)("refuses any visitation on %s, and accepts none", (ydelse) => {
    const extra: Raw = ydelse === "sygedagpenge" ? { forventetFravaerOver8Uger: true } : {};
    for (const visitation of VISITATIONS) {
      expect(pathsOf(validInput({ forloeb: [forloeb({ ydelse, ...extra, visitation })], samtaler: [] }))).toEqual(["forloeb.0.visitation"]);
    }
    accepted(validInput({ forloeb: [forloeb({ ydelse, ...extra })], samtaler: [] }));
    accepted(validInput({ forloeb: [forloeb({ ydelse, ...extra, visitation: null })], samtaler: [] }));
  });
});

describe("integrationsydelse and sygedagpenge requirements", () => {
  it("refuses integrationsydelse without hjaelpstype (omitted or null)", () => {
    expect(pathsOf(validInput({ forloeb: [forloeb({ ydelse: "integrationsydelse", visitation: "jobparat" })], samtaler: [] }))).toContain(
      "forloeb.0.hjaelpstype",
    );
    expect(pathsOf(validInput({ forloeb: [forloeb({ ydelse: "integrationsydelse", hjaelpstype: null })], samtaler: [] }))).toContain("forloeb.0.hjaelpstype");
  });

  it("still needs hjaelpstype in the integrationsprogram", () => {
    const f = forloeb({ ydelse: "integrationsydelse", iIntegrationsprogram: true, visitation: "jobparat" });
    expect(pathsOf(validInput({ forloeb: [f], samtaler: [] }))).toContain("forloeb.0.hjaelpstype");
  });

  it("accepts integrationsydelse in the integrationsprogram with a hjaelpstype and visitation", () => {
    const f = forloeb({ ydelse: "integrationsydelse", iIntegrationsprogram: true, hjaelpstype: "kontanthjaelp", visitation: "aktivitetsparat" });
    accepted(validInput({ forloeb: [f], samtaler: [] }));
  });

  it("refuses sygedagpenge without forventetFravaerOver8Uger (omitted or null)", () => {
    expect(pathsOf(validInput({ forloeb: [forloeb({ ydelse: "sygedagpenge" })], samtaler: [] }))).toEqual(["forloeb.0.forventetFravaerOver8Uger"]);
    expect(pathsOf(validInput({ forloeb: [forloeb({ ydelse: "sygedagpenge", forventetFravaerOver8Uger: null })], samtaler: [] }))).toEqual([
      "forloeb.0.forventetFravaerOver8Uger",
    ]);
  });

  it("asks for the sygedagpenge answer in Danish words, not the code's true/false", () => {
    const [error] = errorsOf(validInput({ forloeb: [forloeb({ ydelse: "sygedagpenge" })], samtaler: [] }));
    expect(error?.message).toBe("Sygedagpenge kræver oplysning om, hvorvidt fraværet forventes at vare over 8 uger (ja eller nej)");
  });

  it.each([true, false])("accepts sygedagpenge with forventetFravaerOver8Uger %s", (flag) => {
    accepted(validInput({ forloeb: [forloeb({ ydelse: "sygedagpenge", forventetFravaerOver8Uger: flag })], samtaler: [] }));
  });

  it("does not demand forventetFravaerOver8Uger on other benefits", () => {
    accepted(validInput({ forloeb: [forloeb({ ydelse: "dagpenge" })] }));
  });
});

describe("anmodningFristDage must be a whole number >= 1", () => {
  it.each<[string, unknown]>([
    ["0", 0],
    ["-1", -1],
    ["2.5", 2.5],
    ['the string "14"', "14"],
    ["true", true],
    ["the array [14]", [14]],
    ["-0.5", -0.5],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["NaN", Number.NaN],
  ])("refuses %s", (_label, value) => {
    expect(pathsOf(validInput({ anmodningFristDage: value }))).toEqual(["anmodningFristDage"]);
  });

  it.each([1, 14, 30, 365])("accepts %j", (value) => {
    expect(accepted(validInput({ anmodningFristDage: value })).anmodningFristDage).toBe(value);
  });
});

describe("allowed inputs", () => {
  it("accepts meetings and requests dated before the forløb starts", () => {
    accepted(
      validInput({
        samtaler: [samtale({ date: "2024-12-01" }), samtale({ id: "s2", date: "2025-01-05", kind: "cv" })],
        anmodninger: [anmodning({ date: "2024-11-11" })],
      }),
    );
  });

  it("accepts held meetings dated after asOf (and after end)", () => {
    accepted(
      validInput({
        asOf: "2025-06-01",
        forloeb: [forloeb({ end: "2025-07-01" })],
        samtaler: [samtale({ date: "2025-06-15", status: "afholdt" }), samtale({ id: "s2", date: "2026-01-01", status: "afholdt" })],
      }),
    );
  });

  it("accepts pauses reaching outside the forløb on both sides", () => {
    const f = forloeb({
      start: "2025-02-01",
      end: "2025-03-01",
      pauses: [
        { from: "2025-01-01", to: "2025-02-10" },
        { from: "2025-02-20", to: "2025-05-01" },
        { from: "2026-01-01", to: "2026-01-02" },
      ],
    });
    accepted(validInput({ forloeb: [f], samtaler: [], anmodninger: [] }));
  });

  it("accepts overlapping pauses", () => {
    const f = forloeb({
      pauses: [
        { from: "2025-02-01", to: "2025-02-20" },
        { from: "2025-02-10", to: "2025-02-28" },
      ],
    });
    accepted(validInput({ forloeb: [f] }));
  });

  it("accepts a horizon before asOf", () => {
    expect(accepted(validInput({ asOf: "2025-06-01", horizon: "2025-01-01" })).horizon).toBe("2025-01-01");
  });

  it("accepts end: null and an omitted end", () => {
    accepted(validInput({ forloeb: [forloeb({ end: null })] }));
    accepted(validInput({ forloeb: [without(forloeb(), "end")] }));
  });

  it("accepts omitted samtaler and anmodninger, and an empty forløb list", () => {
    accepted(without(validInput(), "samtaler", "anmodninger"));
    accepted(validInput({ forloeb: [], samtaler: [], anmodninger: [] }));
  });

  it("accepts explicit nulls for every optional field", () => {
    accepted({
      ruleSet: "lab",
      asOf: "2025-06-01",
      horizon: null,
      anmodningFristDage: null,
      forloeb: [
        {
          id: "f1",
          borgerId: "b1",
          ydelse: "revalidering",
          start: "2025-01-06",
          end: null,
          visitation: null,
          hjaelpstype: null,
          forventetFravaerOver8Uger: null,
          risikoUarbejdsdygtigEfter4Aar: null,
          akasseFravalgt: null,
          iIntegrationsprogram: null,
          visitationsdato: null,
          pauses: null,
        },
      ],
      samtaler: null,
      anmodninger: null,
    });
    accepted(validInput({ samtaler: [samtale({ form: null })] }));
  });

  it("accepts integrationsydelse with hjaelpstype uddannelseshjaelp and visitation aabenlyst_uddannelsesparat", () => {
    const f = forloeb({ ydelse: "integrationsydelse", hjaelpstype: "uddannelseshjaelp", visitation: "aabenlyst_uddannelsesparat" });
    accepted(validInput({ forloeb: [f], samtaler: [] }));
  });

  it("accepts the leap day 2024-02-29 everywhere a date goes", () => {
    const leap = "2024-02-29";
    accepted({
      ruleSet: "lab",
      asOf: leap,
      horizon: leap,
      forloeb: [forloeb({ start: leap, end: leap, visitationsdato: leap, pauses: [{ from: leap, to: leap }] })],
      samtaler: [samtale({ date: leap })],
      anmodninger: [anmodning({ date: leap })],
    });
  });

  it("accepts every code of every enumerated field", () => {
    for (const ruleSet of ["lab", "forenklet"]) accepted(validInput({ ruleSet }));
    for (const status of ["planlagt", "afholdt", "aflyst", "udeblevet"]) accepted(validInput({ samtaler: [samtale({ status })] }));
    for (const form of ["fremmoede", "telefon", "video", "digital"]) accepted(validInput({ samtaler: [samtale({ form })] }));
    for (const by of ["borger", "jobcenter"]) accepted(validInput({ anmodninger: [anmodning({ by })] }));
  });
});

describe("several problems at once", () => {
  it("reports each of them, with its own path", () => {
    const raw = validInput({
      anmodningFristDage: 0,
      forloeb: [forloeb({ start: "2025-03-01", end: "2025-02-01" }), forloeb({ id: "k", borgerId: "b2", ydelse: "kontanthjaelp" })],
      samtaler: [samtale(), samtale({ forloebId: "zzz" })],
    });
    const paths = errorsOf(raw).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["anmodningFristDage", "forloeb.0.end", "forloeb.1.visitation"]));
  });
});
