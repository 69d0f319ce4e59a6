/**
 * Geometry and words of a horizontal grouped bar chart: per category a label line, then one bar
 * per series, all on one scale. Pure, so it is tested without a browser.
 */
export interface BarSeries {
  /** The legend's name for the series. */
  label: string;
  /** How a value of the series reads in running text: "3 overskredet", "5 LAB". */
  inText: string;
  colour: string;
}

export interface BarCategory {
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
}

export interface BarLayout {
  width: number;
  height: number;
  categories: { label: string; labelY: number; bars: { y: number; length: number; value: number }[] }[];
}

export const BAR = { height: 14, gap: 3, labelHeight: 18, groupGap: 12, valueRoom: 150 } as const;

/** Bar lengths share one scale whose longest bar fills `width` less room for the value written after it. */
export function barChartLayout(categories: readonly BarCategory[], width: number): BarLayout {
  const max = Math.max(0, ...categories.flatMap((c) => c.values));
  const room = width - BAR.valueRoom;
  let y = 0;
  const laidOut = categories.map((c) => {
    const labelY = y + BAR.labelHeight - 5;
    y += BAR.labelHeight;
    const bars = c.values.map((value) => {
      const bar = { y, length: max === 0 ? 0 : (value / max) * room, value };
      y += BAR.height + BAR.gap;
      return bar;
    });
    y += BAR.groupGap;
    return { label: c.label, labelY, bars };
  });
  return { width, height: Math.max(y, 1), categories: laidOut };
}

/** "Dagpengemodtagere: 3 opfyldt til tiden, 1 overskredet. …": the chart in words, for screen readers. */
export function describeBars(series: readonly BarSeries[], categories: readonly BarCategory[]): string {
  return categories.map((c) => `${c.label}: ${c.values.map((v, i) => `${v} ${series[i]?.inText ?? ""}`.trim()).join(", ")}.`).join(" ");
}
