import { useId, type ReactNode } from "react";
import type { ForloebRecord, MeetingRecord, Obligation, SamtaleStatus } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishShortDate } from "./dates.js";
import { MEETING_KIND_LABEL, MEETING_STATUS_LABEL, OBLIGATION_STATUS_LABEL } from "./labels.js";
import { MEETING_STATUS_COLOUR, OBLIGATION_STATUS_COLOUR } from "./status-colours.js";
import { laterOf, timelineScale } from "./timeline-scale.js";
import { describeTimeline } from "./timeline-text.js";

export interface TimelineProps {
  forloeb: ForloebRecord;
  obligations: readonly Obligation[];
  meetings: readonly MeetingRecord[];
  asOf: string;
  title: string;
}

const WIDTH = 800;
const LEFT = 10;
const RIGHT = WIDTH - 10;
const AXIS_Y = 16;
const MEETINGS_Y = 36;
const FIRST_BAR_Y = 52;
const BAR_HEIGHT = 12;
const BAR_GAP = 6;
/** Keep month labels this far apart so they never overlap. */
const MIN_LABEL_SPACING = 56;

/**
 * One forløb as a picture: months on the x axis, each obligation's window as a bar in its status
 * colour, meetings as marks whose shape also tells their status, pauses shaded, today and the
 * forløb's end as lines. The SVG's title and description say the same in words.
 */
export function Timeline({ forloeb, obligations, meetings, asOf, title }: TimelineProps) {
  const id = useId();
  const lastDate = [asOf, forloeb.end ?? asOf, ...obligations.map((o) => o.to), ...meetings.map((m) => m.date)].reduce(laterOf);
  const scale = timelineScale(forloeb.start, lastDate, LEFT, RIGHT);
  const height = FIRST_BAR_Y + obligations.length * (BAR_HEIGHT + BAR_GAP) + 8;
  const labelEvery = Math.max(1, Math.ceil((MIN_LABEL_SPACING * scale.ticks.length) / (RIGHT - LEFT)));
  return (
    <figure className="kp-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: WIDTH, fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describeTimeline(forloeb, obligations, meetings, asOf)}</desc>
        {forloeb.pauses.map((p) => (
          <rect key={p.id} x={scale.x(p.from)} y={AXIS_Y + 4} width={Math.max(2, scale.x(p.to) - scale.x(p.from))} height={height - AXIS_Y - 4} fill="#d9d9d9">
            <title>{`Pause ${formatDanishShortDate(p.from)} – ${formatDanishShortDate(p.to)}`}</title>
          </rect>
        ))}
        {scale.ticks.map((t, i) => (
          <g key={t.iso}>
            <line x1={t.x} x2={t.x} y1={AXIS_Y + 4} y2={height} stroke="#e0e0e0" />
            {i % labelEvery === 0 ? (
              <text x={t.x + 2} y={AXIS_Y} fontSize="11" fill="#333">
                {t.label}
              </text>
            ) : null}
          </g>
        ))}
        {obligations.map((o, i) => (
          <rect
            key={`${o.rule}:${o.occurrence}`}
            x={scale.x(o.from)}
            y={FIRST_BAR_Y + i * (BAR_HEIGHT + BAR_GAP)}
            width={Math.max(3, scale.x(o.to) - scale.x(o.from))}
            height={BAR_HEIGHT}
            rx="2"
            fill={OBLIGATION_STATUS_COLOUR[o.status]}
          >
            <title>{`${OBLIGATION_STATUS_LABEL[o.status]}: ${o.explanation}`}</title>
          </rect>
        ))}
        {meetings.map((m) => (
          <MeetingMark key={m.id} cx={scale.x(m.date)} status={m.status}>
            <title>{`${MEETING_STATUS_LABEL[m.status]} ${MEETING_KIND_LABEL[m.kind].toLowerCase()} ${formatDanishDate(m.date)}`}</title>
          </MeetingMark>
        ))}
        <line x1={scale.x(asOf)} x2={scale.x(asOf)} y1={AXIS_Y + 4} y2={height} stroke="#000" strokeDasharray="4 3" />
        <text x={scale.x(asOf) + 3} y={MEETINGS_Y - 8} fontSize="10" fill="#000">
          I dag
        </text>
        {forloeb.end ? (
          <g>
            <line x1={scale.x(forloeb.end)} x2={scale.x(forloeb.end)} y1={AXIS_Y + 4} y2={height} stroke="#b3261e" strokeWidth="3" />
            <title>{`Forløbet slutter ${formatDanishDate(forloeb.end)}`}</title>
          </g>
        ) : null}
      </svg>
      <TimelineLegend />
    </figure>
  );
}

/** A mark whose shape carries the status too: filled (held), ring (planned), cross (cancelled), triangle (no-show). */
function MeetingMark({ cx, status, children }: { cx: number; status: SamtaleStatus; children: ReactNode }) {
  const colour = MEETING_STATUS_COLOUR[status];
  switch (status) {
    case "afholdt":
      return <circle cx={cx} cy={MEETINGS_Y} r="5" fill={colour}>{children}</circle>;
    case "planlagt":
      return <circle cx={cx} cy={MEETINGS_Y} r="5" fill="#fff" stroke={colour} strokeWidth="2">{children}</circle>;
    case "aflyst":
      return (
        <path d={`M${cx - 4} ${MEETINGS_Y - 4}L${cx + 4} ${MEETINGS_Y + 4}M${cx + 4} ${MEETINGS_Y - 4}L${cx - 4} ${MEETINGS_Y + 4}`} stroke={colour} strokeWidth="2">
          {children}
        </path>
      );
    case "udeblevet":
      return <path d={`M${cx} ${MEETINGS_Y - 5}L${cx + 5} ${MEETINGS_Y + 4}L${cx - 5} ${MEETINGS_Y + 4}Z`} fill={colour}>{children}</path>;
  }
}

/** The key to colours and shapes, in words, for sighted users; the SVG's description covers screen readers. */
function TimelineLegend() {
  return (
    <figcaption className="kp-timeline__legend">
      <span>Søjler: samtalekravenes vinduer ({Object.values(OBLIGATION_STATUS_LABEL).join(", ").toLowerCase()}).</span>{" "}
      <span>Mærker: samtaler (● afholdt, ○ planlagt, × aflyst, ▲ udeblevet).</span>{" "}
      <span>Grå felter: pauser. Stiplet linje: i dag. Rød linje: forløbets slutning.</span>
    </figcaption>
  );
}
