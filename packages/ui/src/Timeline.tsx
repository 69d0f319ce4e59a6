import { useId, type ReactNode } from "react";
import type { SamtaleStatus } from "@kontaktplan/schema";
import { MEETING_STATUS_COLOUR, OBLIGATION_STATUS_COLOUR } from "./status-colours.js";
import { timelineLayout, type TimelineBar, type TimelineData, type TimelineText } from "./timeline-layout.js";
import { describeTimeline } from "./timeline-text.js";

export interface TimelineProps extends TimelineData {
  title: string;
}

const LATE_OUTLINE = "#1a1a1a";
/** Purple, a colour no status uses: 9:1 against white. */
const HANDOVER_COLOUR = "#6a1b9a";
const PAUSE_FILL = "#e6e6e6";
const PAUSE_EDGE = "#595959";

/**
 * One forløb as a picture: months on the x axis, each obligation's window as a bar in its status
 * colour (late ones hatched, labelled and followed by a line to today), meetings as marks whose
 * shape also tells their status, pauses shaded, today and the forløb's end or ydelsesskift as
 * lines. The SVG's title and description say the same in words.
 */
export function Timeline({ title, ...data }: TimelineProps) {
  // useId's characters are fine in aria attributes but not in url(#…) references.
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const layout = timelineLayout(data);
  const hatch = `kp-late-${id}`;
  const bottom = layout.height - 14;
  return (
    <figure className="kp-timeline">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: layout.width, fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describeTimeline(data)}</desc>
        <defs>
          <pattern id={hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={OBLIGATION_STATUS_COLOUR.missed} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
        </defs>
        {layout.pauses.map((p) => (
          <g key={p.key}>
            <rect x={p.x} y={layout.top} width={p.width} height={bottom - layout.top} fill={PAUSE_FILL} />
            <line x1={p.x} x2={p.x} y1={layout.top} y2={bottom} stroke={PAUSE_EDGE} strokeDasharray="2 2" />
            <line x1={p.x + p.width} x2={p.x + p.width} y1={layout.top} y2={bottom} stroke={PAUSE_EDGE} strokeDasharray="2 2" />
            <title>{p.title}</title>
          </g>
        ))}
        {layout.ticks.map((t) => (
          <g key={t.iso}>
            <line x1={t.x} x2={t.x} y1={layout.top} y2={bottom} stroke="#e0e0e0" />
            {t.label ? (
              <text x={t.labelX} y={layout.axisY} fontSize="11" fill="#333">
                {t.label}
              </text>
            ) : null}
          </g>
        ))}
        {/* Under the bars and their labels, so a label it crosses stays readable. */}
        {layout.today ? (
          <g>
            <line x1={layout.today.x} x2={layout.today.x} y1={layout.top} y2={bottom} stroke="#000" strokeDasharray="4 3" />
            <Label label={layout.today.label} colour="#000" />
          </g>
        ) : null}
        {layout.bars.map((b) => (
          <g key={b.key}>
            {b.overdue ? (
              <line
                x1={b.overdue.x1}
                x2={b.overdue.x2}
                y1={b.y + 6}
                y2={b.y + 6}
                stroke={OBLIGATION_STATUS_COLOUR.missed}
                strokeWidth="2"
                strokeDasharray="3 3"
              />
            ) : null}
            <rect
              x={b.x}
              y={b.y}
              width={b.width}
              height={12}
              rx="2"
              fill={b.late ? `url(#${hatch})` : barColour(b)}
              stroke={b.late ? LATE_OUTLINE : "none"}
              strokeWidth={b.late ? 1.5 : 0}
              data-status={b.status}
            >
              <title>{b.title}</title>
            </rect>
            <Label label={b.label} colour={barColour(b)} bold={b.late} />
          </g>
        ))}
        {layout.marks.map((m) => (
          <MeetingMark key={m.key} cx={m.x} cy={m.y} status={m.status}>
            <title>{m.title}</title>
          </MeetingMark>
        ))}
        {layout.end ? (
          <g>
            <line x1={layout.end.x} x2={layout.end.x} y1={layout.top - 16} y2={bottom} stroke={OBLIGATION_STATUS_COLOUR.missed} strokeWidth="3" />
            <Label label={layout.end.label} colour={OBLIGATION_STATUS_COLOUR.missed} bold />
            <title>{layout.end.title}</title>
          </g>
        ) : null}
        {layout.handover ? (
          <g data-handover="">
            <line
              x1={layout.handover.x}
              x2={layout.handover.x}
              y1={layout.top - 16}
              y2={bottom}
              stroke={HANDOVER_COLOUR}
              strokeWidth="2"
              strokeDasharray="6 3"
            />
            <Label label={layout.handover.label} colour={HANDOVER_COLOUR} bold />
            <title>{layout.handover.title}</title>
          </g>
        ) : null}
        {layout.previous ? (
          <g>
            <Label label={layout.previous.label} colour="#333" bold />
            <title>{layout.previous.title}</title>
          </g>
        ) : null}
      </svg>
      <TimelineLegend handover={layout.handover !== null} />
    </figure>
  );
}

/** A bar that lapses with its forløb has the colour of lapsed obligations, not of open ones. */
function barColour(bar: TimelineBar): string {
  return OBLIGATION_STATUS_COLOUR[bar.lapsesOn ? "lapsed" : bar.status];
}

/** A text with a white halo, so it stays readable where it crosses grid lines, today's line or a pause. */
function Label({ label, colour, bold = false }: { label: TimelineText; colour: string; bold?: boolean }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize="10"
      fontWeight={bold ? 700 : 400}
      fill={colour}
      stroke="#fff"
      strokeWidth="3"
      paintOrder="stroke"
    >
      {label.text}
    </text>
  );
}

/** A mark whose shape carries the status too: filled (held), ring (planned), cross (cancelled), triangle (no-show). */
function MeetingMark({ cx, cy, status, children }: { cx: number; cy: number; status: SamtaleStatus; children: ReactNode }) {
  const colour = MEETING_STATUS_COLOUR[status];
  switch (status) {
    case "afholdt":
      return (
        <circle cx={cx} cy={cy} r="5" fill={colour} data-status={status}>
          {children}
        </circle>
      );
    case "planlagt":
      return (
        <circle cx={cx} cy={cy} r="5" fill="#fff" stroke={colour} strokeWidth="2" data-status={status}>
          {children}
        </circle>
      );
    case "aflyst":
      return (
        <path d={`M${cx - 4} ${cy - 4}L${cx + 4} ${cy + 4}M${cx + 4} ${cy - 4}L${cx - 4} ${cy + 4}`} stroke={colour} strokeWidth="2.5" data-status={status}>
          {children}
        </path>
      );
    case "udeblevet":
      return (
        <path d={`M${cx} ${cy - 5}L${cx + 5} ${cy + 4}L${cx - 5} ${cy + 4}Z`} fill={colour} data-status={status}>
          {children}
        </path>
      );
  }
}

/** The key to colours and shapes, in words, for sighted users; the SVG's description covers screen readers. */
function TimelineLegend({ handover }: { handover: boolean }) {
  return (
    <figcaption className="kp-timeline__legend">
      <span>
        Søjler: samtalekravenes vinduer, farvet efter status. Overskredne krav er skraverede, mærket «! Overskredet» og har en rød stiplet linje frem til i dag.
      </span>{" "}
      <span>Mærker: samtaler (● afholdt, ○ planlagt, × aflyst, ▲ udeblevet).</span>{" "}
      <span>Grå felter: pauser. Sort stiplet linje: i dag. Rød linje: forløbets slutning eller ydelsesskift.</span>
      {handover ? (
        <>
          {" "}
          <span>Lilla stiplet linje: her overtager jobcentret forløbet fra a-kassen, som holder jobsamtalerne i de første måneder.</span>
        </>
      ) : null}
    </figcaption>
  );
}
