import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { ObligationList } from "../src/ObligationList.js";
import { ruleTitle } from "../src/rule-title.js";
import { Timeline } from "../src/Timeline.js";
import { forloeb, meeting, obligation } from "./fixtures.js";

afterEach(cleanup);

describe("ObligationList", () => {
  it("shows status as a word, the window, progress, explanation and legal source", () => {
    render(
      <ObligationList
        obligations={[
          obligation({ status: "missed", held: 0 }),
          obligation({ rule: "joint-by-6-months", status: "met", held: 2, required: 2, explanation: "2 fællessamtaler: 2 af 2 afholdt." }),
        ]}
      />,
    );
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole("heading", { level: 3 }).textContent).toBe("Overskredet Første fællessamtale med a-kassen senest efter 3 måneders ledighed");
    expect(first.getByText(/Vindue: 6. januar 2025 – 5. april 2025/)).toBeTruthy();
    expect(first.getByText("Afholdt: 0 af 1")).toBeTruthy();
    expect(first.getByText(/Lovgrundlag: Tabel 2, Dagpenge \(forenklet kontaktforløb\)/)).toBeTruthy();
    expect(first.getByText("Fællessamtale senest efter 3 måneder")).toBeTruthy();
    expect(within(items[1]!).getByText("Opfyldt")).toBeTruthy();
  });

  it("says so when there are no obligations", () => {
    render(<ObligationList obligations={[]} />);
    expect(screen.getByText("Der er ingen samtalekrav i dette forløb.")).toBeTruthy();
  });

  it("says which regime an obligation follows, who holds it, and marks the 2026 rules provisional with a source", () => {
    render(
      <ObligationList
        obligations={[
          obligation({ ruleSet: "lab2024", rule: "akasse-first-meeting", kinds: ["akasse", "cv"] }),
          obligation({
            ruleSet: "lab2026",
            rule: "jobcenter-two-by-6-months",
            kinds: ["individuel", "faelles"],
            legalBasis: {
              ruleSet: "lab2026",
              source: "STAR om lov nr. 1750 af 29.12.2025",
              row: "Dagpengemodtagere",
              text: "Inden for de første 6 måneder …",
              provisional: true,
            },
          }),
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole("listitem").map((item) => within(item));
    expect(first!.getByText(/Regler: LAB 2024 · Holdes af a-kassen/)).toBeTruthy();
    expect(first!.queryByText("Foreløbig")).toBeNull();
    expect(second!.getByText(/Regler: LAB 2026 \(foreløbig\)/).textContent).not.toContain("a-kassen");
    expect(second!.getByText("Foreløbig")).toBeTruthy();
    expect(second!.getByText(/bygger på STAR's vejledning, ikke lovteksten. Lov nr. 1750/)).toBeTruthy();
  });

  it("says beside an open obligation that it lapses when its forløb ends before the deadline", () => {
    render(
      <ObligationList
        forloeb={{ end: "2025-06-30" }}
        obligations={[obligation({ status: "open", to: "2026-05-05" }), obligation({ rule: "joint-by-6-months", status: "open", to: "2025-06-30" })]}
      />,
    );
    const [beyond, within_] = screen.getAllByRole("listitem").map((item) => within(item));
    expect(beyond!.getByText("Forløbet slutter 30. juni 2025, før fristen: kravet bortfalder, hvis det ikke er opfyldt inden da.")).toBeTruthy();
    expect(within_!.queryByText(/bortfalder/)).toBeNull();
  });

  it("titles an obligation by the explanation's first clause", () => {
    expect(ruleTitle("Samtale efter ønske: 1 af 1 afholdt.")).toBe("Samtale efter ønske");
    expect(ruleTitle("Uden kolon")).toBe("Uden kolon");
  });
});

describe("Timeline", () => {
  const obligations = [obligation({ status: "missed" }), obligation({ rule: "joint-by-6-months", status: "open", to: "2025-07-05" })];
  const meetings = [
    meeting({}),
    meeting({ id: "m2", date: "2025-04-01", status: "planlagt" }),
    meeting({ id: "m3", date: "2025-03-20", status: "aflyst" }),
    meeting({ id: "m4", date: "2025-03-24", status: "udeblevet" }),
  ];
  const next = { ...forloeb, id: "f2", ydelse: "kontanthjaelp" as const, start: "2025-10-01", end: null, pauses: [] };

  it("is one image labelled by its title and its text alternative", () => {
    render(<Timeline forloeb={forloeb} obligations={obligations} meetings={meetings} asOf="2025-04-20" title="Dagpengeforløb" next={next} />);
    const img = screen.getByRole("img");
    const [titleId, descId] = img.getAttribute("aria-labelledby")!.split(" ");
    expect(document.getElementById(titleId!)?.textContent).toBe("Dagpengeforløb");
    expect(document.getElementById(descId!)?.textContent).toMatch(/^Forløbet på dagpenge begyndte .* Ydelsesskift: borgeren fortsætter på kontanthjælp/);
  });

  it("draws a bar per obligation, late ones hatched, a mark per meeting shaped by status, pauses and the ydelsesskift", () => {
    const { container } = render(
      <Timeline forloeb={forloeb} obligations={obligations} meetings={meetings} asOf="2025-04-20" title="Dagpengeforløb" next={next} />,
    );
    const bars = [...container.querySelectorAll("rect[rx]")];
    expect(bars.map((b) => b.getAttribute("data-status"))).toEqual(["missed", "open"]);
    const hatch = container.querySelector("pattern")!.id;
    expect(bars[0]!.getAttribute("fill")).toBe(`url(#${hatch})`);
    expect(bars[1]!.getAttribute("fill")).toBe("#0b5394");
    expect(container.textContent).toContain("! Overskredet");
    const marks = [...container.querySelectorAll("circle, path")].map((m) => [m.tagName, m.getAttribute("data-status")]);
    expect(marks).toEqual([
      ["circle", "afholdt"],
      ["path", "aflyst"],
      ["path", "udeblevet"],
      ["circle", "planlagt"],
    ]);
    const titles = [...container.querySelectorAll("svg title")].map((t) => t.textContent);
    expect(titles).toContain("Overskredet: Første fællessamtale med a-kassen senest efter 3 måneders ledighed: 0 af 1 afholdt, frist 5. april 2025.");
    expect(titles).toContain("Udeblevet individuel samtale mandag 24. marts 2025 kl. 09:30");
    expect(titles).toContain("Pause 3. marts 2025 – 14. marts 2025");
    expect(titles).toContain("Forløbet slutter tirsdag 30. september 2025; borgeren fortsætter på kontanthjælp fra onsdag 1. oktober 2025");
    expect(container.textContent).toContain("Ydelsesskift til kontanthjælp 1. oktober 2025");
    expect(container.textContent).toContain("feb 2025");
    expect(container.textContent).toContain("I dag");
    // Without a handover, neither its mark nor its key.
    expect(container.querySelector("[data-handover]")).toBeNull();
    expect(container.textContent).not.toContain("overtager");
  });

  it("marks the jobcentre's takeover from the a-kasse with a labelled line and explains it in the key", () => {
    const { container } = render(
      <Timeline forloeb={forloeb} obligations={obligations} meetings={meetings} asOf="2025-04-20" title="Dagpengeforløb" handover="2025-04-18" />,
    );
    const mark = container.querySelector("[data-handover]")!;
    expect(mark.querySelector("line")).not.toBeNull();
    expect(mark.textContent).toContain("Jobcentret overtager");
    expect(mark.querySelector("title")?.textContent).toBe(
      "Jobcentret overtager forløbet fra a-kassen fredag 18. april 2025; indtil da holder a-kassen jobsamtalerne.",
    );
    expect(screen.getByText(/^Lilla stiplet linje: her overtager jobcentret forløbet fra a-kassen/)).toBeTruthy();
  });
});
