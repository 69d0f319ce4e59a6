import { describe, expect, it } from "vitest";
import { parseEvaluationInput } from "../src/index.js";
import { anmodning, errorsOf, forloeb, samtale, validInput } from "./helpers.js";

/** Wording that zod (or any English fallback) would use; none of it may reach a caseworker. */
const ENGLISH =
  /Invalid|invalid|expected|Expected|Required|required|received|Received|must|Must|Unrecognized|unrecognized|Too small|Too big|too small|too big|should|String|Number|Array|Object|undefined|input/;

const BAD_INPUTS: [string, unknown][] = [
  ["null input", null],
  ["number input", 42],
  ["array input", []],
  ["empty object", {}],
  ["forloeb not an array", validInput({ forloeb: "f1" })],
  ["forloeb element null", validInput({ forloeb: [null] })],
  ["forloeb element a string", validInput({ forloeb: ["f1"] })],
  ["missing id", validInput({ forloeb: [forloeb({ id: undefined })] })],
  ["number id", validInput({ forloeb: [forloeb({ id: 1 })] })],
  ["empty id", validInput({ forloeb: [forloeb({ id: "" })] })],
  ["missing borgerId", validInput({ forloeb: [forloeb({ borgerId: undefined })] })],
  ["boolean borgerId", validInput({ forloeb: [forloeb({ borgerId: false })] })],
  ["unknown ruleSet", validInput({ ruleSet: "tabel3" })],
  ["ruleSet a number", validInput({ ruleSet: 1 })],
  ["unknown ydelse", validInput({ forloeb: [forloeb({ ydelse: "su" })] })],
  ["ydelse an object", validInput({ forloeb: [forloeb({ ydelse: {} })] })],
  ["unknown visitation", validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "parat" })] })],
  ["unknown hjaelpstype", validInput({ forloeb: [forloeb({ ydelse: "integrationsydelse", hjaelpstype: "su" })] })],
  ["unknown kind", validInput({ samtaler: [samtale({ kind: "gruppe" })] })],
  ["unknown status", validInput({ samtaler: [samtale({ status: "afholdtt" })] })],
  ["unknown form", validInput({ samtaler: [samtale({ form: "brev" })] })],
  ["unknown by", validInput({ anmodninger: [anmodning({ by: "akasse" })] })],
  ["impossible date", validInput({ asOf: "2025-02-30" })],
  ["non-leap Feb 29", validInput({ forloeb: [forloeb({ start: "2023-02-29" })] })],
  ["month 13", validInput({ samtaler: [samtale({ date: "2025-13-01" })] })],
  ["unpadded date", validInput({ anmodninger: [anmodning({ date: "2025-1-6" })] })],
  ["day-first date", validInput({ horizon: "06-01-2025" })],
  ["date a number", validInput({ asOf: 20250601 })],
  ["date null where required", validInput({ asOf: null })],
  ["end before start", validInput({ forloeb: [forloeb({ start: "2025-03-01", end: "2025-02-01" })] })],
  ["pause inverted", validInput({ forloeb: [forloeb({ pauses: [{ from: "2025-03-01", to: "2025-02-01" }] })] })],
  ["pause not an object", validInput({ forloeb: [forloeb({ pauses: ["2025-03-01"] })] })],
  ["flag a string", validInput({ forloeb: [forloeb({ akasseFravalgt: "ja" })] })],
  [
    "overlap",
    validInput({
      forloeb: [forloeb(), forloeb({ id: "f2", ydelse: "revalidering", start: "2025-01-10" })],
    }),
  ],
  ["duplicate forløb id", validInput({ forloeb: [forloeb(), forloeb({ borgerId: "b2" })] })],
  ["duplicate samtale id", validInput({ samtaler: [samtale(), samtale()] })],
  ["duplicate anmodning id", validInput({ anmodninger: [anmodning(), anmodning()] })],
  ["samtale on unknown forløb", validInput({ samtaler: [samtale({ forloebId: "x" })] })],
  ["anmodning on unknown forløb", validInput({ anmodninger: [anmodning({ forloebId: "x" })] })],
  [
    "faelles on kontanthjaelp",
    validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "jobparat" })], samtaler: [samtale({ kind: "faelles" })] }),
  ],
  ["cv on kontanthjaelp", validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "jobparat" })], samtaler: [samtale({ kind: "cv" })] })],
  ["missing visitation", validInput({ forloeb: [forloeb({ ydelse: "uddannelseshjaelp" })] })],
  ["misfitting visitation", validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "uddannelsesparat" })] })],
  ["visitation on dagpenge", validInput({ forloeb: [forloeb({ visitation: "jobparat" })] })],
  ["integrationsydelse without hjaelpstype", validInput({ forloeb: [forloeb({ ydelse: "integrationsydelse" })] })],
  ["sygedagpenge without flag", validInput({ forloeb: [forloeb({ ydelse: "sygedagpenge" })] })],
  ["anmodningFristDage 0", validInput({ anmodningFristDage: 0 })],
  ["anmodningFristDage 2.5", validInput({ anmodningFristDage: 2.5 })],
  ["anmodningFristDage string", validInput({ anmodningFristDage: "14" })],
  ["anmodningFristDage huge", validInput({ anmodningFristDage: 2 ** 60 })],
  ["samtaler null element", validInput({ samtaler: [undefined] })],
];

describe("every message is Danish", () => {
  it.each(BAD_INPUTS)("%s", (_name, raw) => {
    for (const { path, message } of errorsOf(raw)) {
      expect(typeof path).toBe("string");
      expect(message.trim().length).toBeGreaterThan(3);
      expect(message, `message at ${path}`).not.toMatch(ENGLISH);
      // Danish sentences start with a capital letter (or a Danish one).
      expect(message, `message at ${path}`).toMatch(/^[A-ZÆØÅ]/);
    }
  });

  it("covers enough distinct messages to mean something", () => {
    const messages = new Set(BAD_INPUTS.flatMap(([, raw]) => errorsOf(raw).map((e) => e.message)));
    expect(messages.size).toBeGreaterThanOrEqual(25);
  });
});

describe("exact messages", () => {
  const only = (raw: unknown) => {
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(1);
    return errors[0]!;
  };

  it.each<[string, unknown, string, string]>([
    ["impossible date", validInput({ asOf: "2025-02-30" }), "asOf", "Datoen 2025-02-30 findes ikke i kalenderen"],
    ["misformatted date", validInput({ asOf: "2025-1-6" }), "asOf", "Datoen skal skrives som åååå-mm-dd, fx 2025-01-06"],
    ["missing field", validInput({ forloeb: [forloeb({ id: undefined })] }), "forloeb.0.id", "Feltet skal udfyldes"],
    ["number for string", validInput({ forloeb: [forloeb({ borgerId: 7 })] }), "forloeb.0.borgerId", "Skal være en tekst"],
    ["not a list", validInput({ forloeb: {} }), "forloeb", "Skal være en liste"],
    ["not an object", null, "", "Skal være et objekt"],
    ["unknown code", validInput({ ruleSet: "LAB" }), "ruleSet", 'Ukendt værdi "LAB"; tilladt: lab, forenklet, lab2020, lab2024, lab2026, gaeldende'],
    ["fractional days", validInput({ anmodningFristDage: 2.5 }), "anmodningFristDage", "Skal være et helt tal"],
    ["zero days", validInput({ anmodningFristDage: 0 }), "anmodningFristDage", "Skal være mindst 1"],
    ["string days", validInput({ anmodningFristDage: "14" }), "anmodningFristDage", "Skal være et tal"],
    [
      "end before start",
      validInput({ forloeb: [forloeb({ start: "2025-03-01", end: "2025-02-01" })] }),
      "forloeb.0.end",
      "Forløbets slutdato ligger før dets startdato",
    ],
    [
      "inverted pause",
      validInput({ forloeb: [forloeb({ pauses: [{ from: "2025-03-01", to: "2025-02-01" }] })] }),
      "forloeb.0.pauses.0.to",
      "Pausens slutdato ligger før dens startdato",
    ],
    [
      "cv on kontanthjælp",
      validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "jobparat" })], samtaler: [samtale({ kind: "cv" })] }),
      "samtaler.0.kind",
      "En CV-samtale kan kun holdes på et dagpengeforløb",
    ],
    [
      "fællessamtale on kontanthjælp",
      validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "jobparat" })], samtaler: [samtale({ kind: "faelles" })] }),
      "samtaler.0.kind",
      "En fællessamtale kan kun holdes på et dagpengeforløb",
    ],
    ["duplicate samtale id", validInput({ samtaler: [samtale(), samtale()] }), "samtaler.1.id", "Samtale-id'et s1 er brugt mere end én gang"],
    ["unknown forløb", validInput({ anmodninger: [anmodning({ forloebId: "x9" })] }), "anmodninger.0.forloebId", "Anmodningen hører til et ukendt forløb (x9)"],
  ])("%s", (_name, raw, path, message) => {
    expect(only(raw)).toEqual({ path, message });
  });

  it("names the forløb and the allowed categories for a misfitting visitation", () => {
    const e = only(validInput({ forloeb: [forloeb({ ydelse: "kontanthjaelp", visitation: "uddannelsesparat" })] }));
    expect(e.path).toBe("forloeb.0.visitation");
    expect(e.message).toContain("uddannelsesparat");
    expect(e.message).toContain("jobparat");
    expect(e.message).toContain("aktivitetsparat");
  });

  it("names both forløb in an overlap", () => {
    const e = only(
      validInput({
        forloeb: [forloeb({ id: "A1", end: "2025-02-01" }), forloeb({ id: "B2", ydelse: "revalidering", start: "2025-02-01" })],
        samtaler: [],
        anmodninger: [],
      }),
    );
    expect(e.path).toBe("forloeb.1.start");
    expect(e.message).toContain("A1");
    expect(e.message).toContain("B2");
  });

  it("returns messages, not thrown errors, and ok:true carries no errors", () => {
    const good = parseEvaluationInput(validInput());
    expect(good).toMatchObject({ ok: true });
    expect("errors" in good).toBe(false);
  });
});
