import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { ObligationList, ruleTitle } from "../src/ObligationList.js";
import { Timeline } from "../src/Timeline.js";
import { describeTimeline } from "../src/timeline-text.js";
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

  it("titles an obligation by the explanation's first clause", () => {
    expect(ruleTitle("Samtale efter ønske: 1 af 1 afholdt.")).toBe("Samtale efter ønske");
    expect(ruleTitle("Uden kolon")).toBe("Uden kolon");
  });
});

describe("Timeline", () => {
  const obligations = [obligation({ status: "missed" }), obligation({ rule: "joint-by-6-months", status: "open", to: "2025-07-05" })];
  const meetings = [meeting({}), meeting({ id: "m2", date: "2025-04-01", status: "planlagt" })];

  it("is one labelled image with a bar per obligation, a mark per meeting, pauses and the end", () => {
    const { container } = render(<Timeline forloeb={forloeb} obligations={obligations} meetings={meetings} asOf="2025-03-20" title="Dagpengeforløb" />);
    const img = screen.getByRole("img");
    expect(img.getAttribute("aria-labelledby")).toMatch(/title .*desc$/);
    const titles = [...container.querySelectorAll("svg title")].map((t) => t.textContent);
    expect(titles).toContain("Dagpengeforløb");
    expect(titles).toContain("Overskredet: Første fællessamtale med a-kassen senest efter 3 måneders ledighed: 0 af 1 afholdt, frist 5. april 2025.");
    expect(titles).toContain("Afholdt individuel samtale mandag 3. februar 2025");
    expect(titles).toContain("Planlagt individuel samtale tirsdag 1. april 2025");
    expect(titles).toContain("Pause 3. marts 2025 – 14. marts 2025");
    expect(titles).toContain("Forløbet slutter tirsdag 30. september 2025");
    expect(container.querySelectorAll("rect[rx]")).toHaveLength(2);
    expect(container.textContent).toContain("feb 2025");
  });

  it("describes itself in words", () => {
    expect(describeTimeline(forloeb, obligations, meetings, "2025-03-20")).toBe(
      "Forløbet begyndte mandag 6. januar 2025 og slutter tirsdag 30. september 2025. " +
        "2 samtalekrav: 1 overskredet, 1 åben. 2 samtaler: 1 afholdt, 1 planlagt. " +
        "Pause 3. marts 2025 – 14. marts 2025. I dag er torsdag 20. marts 2025.",
    );
  });
});
