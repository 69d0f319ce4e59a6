import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { BAR, barChartLayout, describeBars } from "../src/jobcentre/bar-chart-layout.js";
import { BarChart } from "../src/jobcentre/BarChart.js";

const series = [
  { label: "Opfyldt til tiden", inText: "opfyldt til tiden", colour: "#1e6b34" },
  { label: "Overskredet", inText: "overskredet", colour: "#b3261e" },
];
const categories = [
  { label: "Dagpengemodtagere", values: [8, 2] },
  { label: "Sygedagpengemodtagere", values: [4, 0] },
];

describe("barChartLayout", () => {
  it("puts every bar on one scale whose largest value fills the room left for bars", () => {
    const layout = barChartLayout(categories, 700);
    const lengths = layout.categories.map((c) => c.bars.map((b) => b.length));
    const room = 700 - BAR.valueRoom;
    expect(lengths).toEqual([
      [room, room / 4],
      [room / 2, 0],
    ]);
  });

  it("stacks categories below each other without overlap, and grows with them", () => {
    const layout = barChartLayout(categories, 700);
    const ys = layout.categories.flatMap((c) => c.bars.map((b) => b.y));
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(BAR.height);
    expect(layout.categories[1]!.labelY).toBeGreaterThan(layout.categories[0]!.bars[1]!.y + BAR.height);
    expect(layout.height).toBeGreaterThan(ys.at(-1)! + BAR.height);
    expect(barChartLayout([...categories, { label: "Ressourceforløb", values: [1, 1] }], 700).height).toBeGreaterThan(layout.height);
  });

  it("draws nothing but zero-length bars when every value is 0", () => {
    const layout = barChartLayout([{ label: "Ingen", values: [0, 0] }], 700);
    expect(layout.categories[0]!.bars.map((b) => b.length)).toEqual([0, 0]);
  });
});

describe("describeBars", () => {
  it("says every figure in words", () => {
    expect(describeBars(series, categories)).toBe(
      "Dagpengemodtagere: 8 opfyldt til tiden, 2 overskredet. Sygedagpengemodtagere: 4 opfyldt til tiden, 0 overskredet.",
    );
  });
});

describe("BarChart", () => {
  it("is one image named by its title and described by its figures, with a legend in text", () => {
    render(<BarChart title="Samtalekrav pr. målgruppe" series={series} categories={categories} />);
    const image = screen.getByRole("img", { name: /^Samtalekrav pr. målgruppe/ });
    expect(image.textContent).toContain("Dagpengemodtagere: 8 opfyldt til tiden, 2 overskredet.");
    expect(image.querySelectorAll("rect")).toHaveLength(3);
    expect(screen.getByText("Overskredet")).toBeTruthy();
  });
});
