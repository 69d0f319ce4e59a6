import { describe, expect, it } from "vitest";
import { describeTimeline } from "../src/timeline-text.js";
import { forloeb, meeting, obligation } from "./fixtures.js";

describe("describeTimeline", () => {
  const obligations = [obligation({ status: "missed" }), obligation({ rule: "joint-by-6-months", status: "open", to: "2025-07-05" })];
  const meetings = [meeting({}), meeting({ id: "m2", date: "2025-04-01", status: "planlagt" })];

  it("says what the picture shows, late obligations with their deadline", () => {
    expect(describeTimeline({ forloeb, obligations, meetings, asOf: "2025-04-20" })).toBe(
      "Forløbet på dagpenge begyndte mandag 6. januar 2025 og slutter tirsdag 30. september 2025. " +
        "2 samtalekrav: 1 overskredet, 1 åben. " +
        "Overskredet: Første fællessamtale med a-kassen senest efter 3 måneders ledighed, frist 5. april 2025 (for 15 dage siden). " +
        "2 samtaler: 1 afholdt, 1 planlagt. Pause 3. marts 2025 – 14. marts 2025. I dag er søndag 20. april 2025.",
    );
  });

  it("tells where the jobcentre takes over from the a-kasse", () => {
    expect(describeTimeline({ forloeb, obligations: [], meetings: [], asOf: "2025-04-20", handover: "2025-04-18" })).toContain(
      "og slutter tirsdag 30. september 2025. Jobcentret overtager forløbet fra a-kassen fredag 18. april 2025; indtil da holder a-kassen jobsamtalerne. Ingen samtalekrav.",
    );
  });

  it("tells a ydelsesskift, an ended forløb and one without anything", () => {
    const previous = { ...forloeb, id: "f0", ydelse: "sygedagpenge" as const };
    const next = { ...forloeb, id: "f2", ydelse: "kontanthjaelp" as const, start: "2025-10-01", end: null };
    expect(describeTimeline({ forloeb: { ...forloeb, pauses: [] }, obligations: [], meetings: [], asOf: "2025-11-01", previous, next })).toBe(
      "Forløbet på dagpenge begyndte mandag 6. januar 2025 efter et forløb på sygedagpenge og sluttede tirsdag 30. september 2025. " +
        "Ydelsesskift: borgeren fortsætter på kontanthjælp fra onsdag 1. oktober 2025. " +
        "Ingen samtalekrav. Ingen samtaler. I dag er lørdag 1. november 2025.",
    );
    expect(
      describeTimeline({
        forloeb: { ...forloeb, end: null, pauses: [] },
        obligations: [obligation({ status: "missed", to: "2025-03-03" })],
        meetings: [],
        asOf: "2025-03-04",
      }),
    ).toContain(
      "og har ingen slutdato. 1 samtalekrav: 1 overskredet. Overskredet: Første fællessamtale med a-kassen senest efter 3 måneders ledighed, frist 3. marts 2025 (for 1 dag siden).",
    );
  });
});

describe("describeTimeline of a forløb that ends before a deadline", () => {
  it("counts the obligation as lapsing with the forløb, not as open", () => {
    const ending = { ...forloeb, end: "2025-06-30", pauses: [] };
    const text = describeTimeline({ forloeb: ending, obligations: [obligation({ status: "open", to: "2026-05-05" })], meetings: [], asOf: "2025-06-10" });
    expect(text).toContain("1 samtalekrav: 1 bortfalder ved forløbets slutning.");
    expect(text).toContain(
      "Bortfalder 30. juni 2025, når forløbet slutter før fristen 5. maj 2026: Første fællessamtale med a-kassen senest efter 3 måneders ledighed.",
    );
    expect(text).not.toContain("åben");
  });
});
