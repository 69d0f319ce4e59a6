import { describe, expect, it } from "vitest";
import { adjacentForloeb, assignLanes, timelineLayout } from "../src/timeline-layout.js";
import { timelineScale } from "../src/timeline-scale.js";
import { forloeb, meeting, obligation } from "./fixtures.js";

const ASOF = "2025-04-20";

describe("timelineLayout", () => {
  const missed = obligation({ status: "missed" });
  const open = obligation({ rule: "joint-by-6-months", status: "open", to: "2025-07-05" });

  it("draws each obligation's window on the forløb's scale, one row each", () => {
    const layout = timelineLayout({ forloeb, obligations: [missed, open], meetings: [], asOf: ASOF });
    // Ongoing on asOf: the picture runs from the start to the end of the forløb.
    const scale = timelineScale("2025-01-06", "2025-09-30", 10, 790);
    expect(layout.bars.map((b) => [b.key, b.x, b.width, b.status])).toEqual([
      ["joint-by-3-months:1", scale.x("2025-01-06"), scale.x("2025-04-05") - scale.x("2025-01-06"), "missed"],
      ["joint-by-6-months:1", scale.x("2025-01-06"), scale.x("2025-07-05") - scale.x("2025-01-06"), "open"],
    ]);
    expect(layout.bars[1]!.y).toBeGreaterThan(layout.bars[0]!.y);
    expect(layout.height).toBeGreaterThan(layout.bars[1]!.y + 12);
    expect(layout.today?.x).toBe(scale.x(ASOF));
  });

  it("marks late obligations: labelled, and a line from the deadline on to today", () => {
    const layout = timelineLayout({ forloeb, obligations: [missed, open], meetings: [], asOf: ASOF });
    const [late, notLate] = layout.bars;
    expect(late).toMatchObject({
      late: true,
      label: { text: "! Overskredet: Første fællessamtale med a-kassen senest efter 3 måneders ledighed", anchor: "start" },
    });
    expect(late!.overdue).toEqual({ x1: late!.x + late!.width, x2: layout.today!.x });
    expect(notLate).toMatchObject({ late: false, overdue: null, label: { text: "Åben: Første fællessamtale med a-kassen senest efter 3 måneders ledighed" } });
  });

  it("names each bar's requirement and status on the line above it, from where the bar starts", () => {
    const layout = timelineLayout({ forloeb, obligations: [missed, open], meetings: [], asOf: ASOF });
    for (const bar of layout.bars) expect(bar.label).toMatchObject({ x: bar.x, y: bar.y - 3, anchor: "start" });
    // The second bar's label sits below the first bar.
    expect(layout.bars[1]!.label.y).toBeGreaterThan(layout.bars[0]!.y + 12);
  });

  it("moves a bar's label left when it would run out of the picture, and shortens only what is wider than the picture", () => {
    const late = obligation({ from: "2025-08-01", to: "2025-09-30" });
    const long = obligation({ explanation: `${"Meget lang regel ".repeat(12)}: 0 af 1 afholdt.` });
    const layout = timelineLayout({ forloeb, obligations: [late, long], meetings: [], asOf: ASOF });
    const [right, wide] = layout.bars;
    expect(right!.label.x).toBeLessThan(right!.x);
    expect(right!.label.x + right!.label.text.length * 6.2).toBeLessThanOrEqual(790);
    expect(wide!.label.text.endsWith("…")).toBe(true);
    expect(wide!.label.x).toBe(10);
    expect(wide!.label.text.length * 6.2).toBeLessThanOrEqual(780);
  });

  it("places meetings as marks by date and status, in lanes when they would overlap", () => {
    const meetings = [
      meeting({ id: "a", date: "2025-02-03", status: "afholdt" }),
      meeting({ id: "b", date: "2025-02-03", time: "13:00", status: "aflyst" }),
      meeting({ id: "c", date: "2025-05-01", status: "planlagt" }),
    ];
    const layout = timelineLayout({ forloeb, obligations: [], meetings, asOf: ASOF });
    expect(layout.marks.map((m) => [m.key, m.status])).toEqual([
      ["a", "afholdt"],
      ["b", "aflyst"],
      ["c", "planlagt"],
    ]);
    const [a, b, c] = layout.marks;
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(c!.y).toBe(a!.y);
    expect(b!.title).toBe("Aflyst individuel samtale mandag 3. februar 2025 kl. 13:00");
  });

  it("shades pauses", () => {
    const layout = timelineLayout({ forloeb, obligations: [], meetings: [], asOf: ASOF });
    expect(layout.pauses).toEqual([expect.objectContaining({ key: "p1", title: "Pause 3. marts 2025 – 14. marts 2025" })]);
    expect(layout.pauses[0]!.width).toBeGreaterThan(0);
  });

  it("shows the end, and a ydelsesskift with where the citizen came from and went", () => {
    const plain = timelineLayout({ forloeb, obligations: [], meetings: [], asOf: ASOF });
    expect(plain.end).toMatchObject({ label: { text: "Slut 30. september 2025" }, title: "Forløbet slutter tirsdag 30. september 2025" });
    expect(plain.previous).toBeNull();

    const previous = { ...forloeb, id: "f0", ydelse: "sygedagpenge" as const, start: "2024-06-01", end: "2025-01-05", pauses: [] };
    const next = { ...forloeb, id: "f2", ydelse: "kontanthjaelp" as const, start: "2025-10-01", end: null, pauses: [] };
    const layout = timelineLayout({ forloeb, obligations: [], meetings: [], asOf: ASOF, previous, next });
    expect(layout.end).toMatchObject({
      label: { text: "Ydelsesskift til kontanthjælp 1. oktober 2025", anchor: "end" },
      title: "Forløbet slutter tirsdag 30. september 2025; borgeren fortsætter på kontanthjælp fra onsdag 1. oktober 2025",
    });
    expect(layout.previous).toMatchObject({
      label: { text: "Efter sygedagpenge" },
      title: "Forløbet fulgte efter et forløb på sygedagpenge, der sluttede søndag 5. januar 2025",
    });
  });

  it("marks where the jobcentre takes over from the a-kasse, clear of where the citizen came from", () => {
    expect(timelineLayout({ forloeb, obligations: [], meetings: [], asOf: ASOF }).handover).toBeNull();
    const layout = timelineLayout({ forloeb, obligations: [], meetings: [], asOf: ASOF, handover: "2025-04-18" });
    const scale = timelineScale("2025-01-06", "2025-09-30", 10, 790);
    expect(layout.handover).toEqual({
      x: scale.x("2025-04-18"),
      label: { x: scale.x("2025-04-18") + 3, y: 12, anchor: "start", text: "Jobcentret overtager" },
      title: "Jobcentret overtager forløbet fra a-kassen fredag 18. april 2025; indtil da holder a-kassen jobsamtalerne.",
    });
    // A long course after sygedagpenge: month 4 lies under the "Efter sygedagpenge" label, so the mark's label moves past it.
    const previous = { ...forloeb, id: "f0", ydelse: "sygedagpenge" as const, start: "2023-06-01", end: "2024-01-05", pauses: [] };
    const long = { ...forloeb, start: "2024-01-08", end: null, pauses: [] };
    const crowded = timelineLayout({ forloeb: long, obligations: [], meetings: [], asOf: "2026-01-08", previous, handover: "2024-04-08" });
    const previousEnd = crowded.previous!.label.x + crowded.previous!.label.text.length * 6.2;
    expect(crowded.handover!.label.x).toBeGreaterThan(previousEnd);
    expect(crowded.handover!.x).toBeLessThan(previousEnd);
    // Outside the picture (the forløb ended before it), nothing is drawn.
    expect(
      timelineLayout({ forloeb: { ...forloeb, end: "2025-03-31" }, obligations: [], meetings: [], asOf: ASOF, handover: "2025-04-06" }).handover,
    ).toBeNull();
  });

  it("does not stretch an ended forløb to today, and then draws no today line", () => {
    const ended = { ...forloeb, end: "2025-03-31", pauses: [] };
    const layout = timelineLayout({ forloeb: ended, obligations: [missed], meetings: [], asOf: "2026-06-01" });
    expect(layout.today).toBeNull();
    expect(layout.ticks.at(-1)?.iso).toBe("2025-04-01");
    // The late line stops at the picture's end.
    expect(layout.bars[0]!.overdue!.x2).toBe(790);
  });

  it("keeps the last month's label inside the picture, or leaves it out when it would run into the one before", () => {
    // The picture ends on 3 September: the 1 September tick is at its right edge.
    const layout = timelineLayout({ forloeb: { ...forloeb, end: "2025-09-03", pauses: [] }, obligations: [], meetings: [], asOf: ASOF });
    const labelled = layout.ticks.filter((t) => t.label !== null);
    for (const t of labelled) expect(t.labelX + t.label!.length * 6.2).toBeLessThanOrEqual(790);
    const last = labelled.at(-1)!;
    expect(last.label).toBe("sep 2025");
    expect(last.labelX).toBeLessThan(last.x + 2);
    for (let i = 1; i < labelled.length; i++)
      expect(labelled[i]!.labelX).toBeGreaterThanOrEqual(labelled[i - 1]!.labelX + labelled[i - 1]!.label!.length * 6.2 + 4);
  });

  it("labels months without crowding them", () => {
    const long = { ...forloeb, start: "2022-01-03", end: null, pauses: [] };
    const layout = timelineLayout({ forloeb: long, obligations: [], meetings: [], asOf: "2025-04-20" });
    expect(layout.ticks.length).toBeGreaterThan(36);
    const labelled = layout.ticks.filter((t) => t.label !== null);
    expect(labelled[0]!.label).toBe("feb 2022");
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(56);
  });
});

describe("assignLanes", () => {
  it("keeps marks in the first lane while they are far enough apart", () => {
    expect(assignLanes([0, 12, 24])).toEqual({ lanes: [0, 0, 0], count: 1 });
    expect(assignLanes([0, 5, 8, 20])).toEqual({ lanes: [0, 1, 2, 0], count: 3 });
    expect(assignLanes([])).toEqual({ lanes: [], count: 1 });
  });
});

describe("adjacentForloeb", () => {
  const list = [
    { id: "b", start: "2024-05-01" },
    { id: "a", start: "2023-01-01" },
    { id: "c", start: "2025-02-01" },
  ];
  it("finds the forløb before and after by start date", () => {
    expect(adjacentForloeb(list, "b")).toEqual({ previous: list[1], next: list[2] });
    expect(adjacentForloeb(list, "a")).toEqual({ next: list[0] });
    expect(adjacentForloeb(list, "c")).toEqual({ previous: list[0] });
    expect(adjacentForloeb(list, "x")).toEqual({});
  });
});

describe("an obligation whose deadline lies after its forløb's end", () => {
  // Ydelsesskift registered for 1 July: the dagpenge forløb ends 30 June, before the 16-month deadline.
  const ending = { ...forloeb, end: "2025-06-30", pauses: [] };
  const beyondEnd = obligation({ rule: "joint-by-16-months", status: "open", from: "2025-01-06", to: "2026-05-05", held: 0 });

  it("stops at the end and reads as lapsing there, never as open until the deadline", () => {
    const layout = timelineLayout({ forloeb: ending, obligations: [beyondEnd], meetings: [], asOf: "2025-06-10" });
    const scale = timelineScale("2025-01-06", "2026-05-05", 10, 790);
    const bar = layout.bars[0]!;
    expect(bar.lapsesOn).toBe("2025-06-30");
    expect(bar.width).toBeCloseTo(scale.x("2025-06-30") - scale.x("2025-01-06"));
    expect(bar.label.text).toBe("Bortfalder 30. juni 2025: Første fællessamtale med a-kassen senest efter 3 måneders ledighed");
    expect(bar.title).toBe(
      "Bortfalder mandag 30. juni 2025, når forløbet slutter før fristen tirsdag 5. maj 2026: Første fællessamtale med a-kassen senest efter 3 måneders ledighed, 0 af 1 afholdt.",
    );
    expect(bar.title).not.toMatch(/^Åben/);
  });

  it("keeps an obligation due before the end, and one already met, as the engine says", () => {
    const before = obligation({ status: "open", to: "2025-04-05" });
    const met = obligation({ rule: "joint-by-6-months", status: "met", to: "2026-05-05", held: 1 });
    const layout = timelineLayout({ forloeb: ending, obligations: [before, met], meetings: [], asOf: "2025-03-10" });
    expect(layout.bars.map((b) => [b.lapsesOn, b.label.text.split(":")[0]])).toEqual([
      [null, "Åben"],
      [null, "Opfyldt"],
    ]);
  });

  it("lapsed once the end has passed: labelled so by the engine's status", () => {
    const layout = timelineLayout({ forloeb: ending, obligations: [{ ...beyondEnd, status: "lapsed" }], meetings: [], asOf: "2025-07-10" });
    expect(layout.bars[0]).toMatchObject({ lapsesOn: null, status: "lapsed", label: { text: expect.stringMatching(/^Bortfaldet: /) } });
  });
});
