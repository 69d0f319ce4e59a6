import { useId } from "react";
import { BAR, barChartLayout, describeBars, type BarCategory, type BarSeries } from "./bar-chart-layout.js";

const WIDTH = 720;

/**
 * A small horizontal bar chart in plain SVG. Every bar carries its number and series name in text,
 * so colour is never the only signal; the SVG's description says the whole chart in words, and the
 * pages put the same figures in a table next to it.
 */
export function BarChart({ title, series, categories }: { title: string; series: readonly BarSeries[]; categories: readonly BarCategory[] }) {
  const id = useId();
  const layout = barChartLayout(categories, WIDTH);
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} style={{ maxWidth: WIDTH }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describeBars(series, categories)}</desc>
        {layout.categories.map((c, index) => (
          <g key={index}>
            <text x={0} y={c.labelY} fontSize="13" fontWeight="600" fill="#1a1a1a">
              {c.label}
            </text>
            {c.bars.map((bar, i) => (
              <g key={series[i]?.label ?? i}>
                {/* A zero has no bar, only its number; a tiny value still shows a sliver. */}
                {bar.value > 0 ? <rect x={0} y={bar.y} width={Math.max(bar.length, 2)} height={BAR.height} fill={series[i]?.colour} /> : null}
                <text x={bar.length + 6} y={bar.y + BAR.height - 3} fontSize="12" fill="#1a1a1a">
                  {`${bar.value} ${series[i]?.inText ?? ""}`}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="bar-chart__legend">
        {series.map((s) => (
          <span key={s.label}>
            <span className="bar-chart__swatch" style={{ background: s.colour }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
