/**
 * Where everything in a forløb's timeline goes, as plain numbers and Danish text: the pure half
 * of `Timeline`, so it can be tested without a browser and the component only draws.
 */
import { defined } from "@kontaktplan/rules";
import type { ForloebRecord, MeetingRecord, Obligation, ObligationStatus, SamtaleStatus } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishShortDate } from "./dates.js";
import { MEETING_KIND_LABEL, MEETING_STATUS_LABEL, OBLIGATION_STATUS_LABEL, YDELSE_LABEL } from "./labels.js";
import { lapsesOn } from "./lapse.js";
import { ruleTitle } from "./rule-title.js";
import { laterOf, timelineScale } from "./timeline-scale.js";

export interface TimelineData {
  forloeb: ForloebRecord;
  obligations: readonly Obligation[];
  meetings: readonly MeetingRecord[];
  asOf: string;
  /** The citizen's forløb just before this one (a ydelsesskift shows where the citizen came from). */
  previous?: ForloebRecord | undefined;
  /** The citizen's forløb just after this one (where the citizen went). */
  next?: ForloebRecord | undefined;
  /** The day the jobcentre takes the course over from the a-kasse (RULES.md §8), if it does. */
  handover?: string | null | undefined;
}

type Anchor = "start" | "end";

export interface TimelineText {
  x: number;
  y: number;
  anchor: Anchor;
  text: string;
}

export interface TimelineBar {
  key: string;
  x: number;
  y: number;
  width: number;
  status: ObligationStatus;
  /** Missed: drawn hatched, with a line on to today, so what is late stands out. */
  late: boolean;
  /**
   * The forløb's end, when it comes before the deadline of an obligation not yet met: the bar
   * stops there and reads as lapsing, never as open until a deadline the forløb does not reach.
   */
  lapsesOn: string | null;
  title: string;
  label: TimelineText;
  /** For a late obligation: from its deadline to today (or the picture's end). */
  overdue: { x1: number; x2: number } | null;
}

export interface TimelineMark {
  key: string;
  x: number;
  y: number;
  status: SamtaleStatus;
  title: string;
}

export interface TimelineBand {
  key: string;
  x: number;
  width: number;
  title: string;
}

export interface TimelineTick {
  iso: string;
  x: number;
  label: string | null;
  /** Where the label starts: after the tick, or further left so it is not cut off at the picture's edge. */
  labelX: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Top of the plotting area (below the month labels). */
  top: number;
  ticks: TimelineTick[];
  axisY: number;
  pauses: TimelineBand[];
  bars: TimelineBar[];
  marks: TimelineMark[];
  today: { x: number; label: TimelineText } | null;
  /** The forløb's end, or where a ydelsesskift takes over. */
  end: { x: number; label: TimelineText; title: string } | null;
  /** Where the citizen came from, when a forløb came before this one. */
  previous: { label: TimelineText; title: string } | null;
  /** Where the jobcentre takes over from the a-kasse. */
  handover: { x: number; label: TimelineText; title: string } | null;
}

const TIMELINE_WIDTH = 800;
const LEFT = 10;
const RIGHT = TIMELINE_WIDTH - 10;
const EVENTS_Y = 12;
const AXIS_Y = 30;
const FIRST_LANE_Y = 46;
const LANE_HEIGHT = 14;
/** Marks closer than this share no lane, so every mark stays visible and hoverable. */
const MARK_SPACING = 12;
const BAR_HEIGHT = 12;
/** Each bar has its label on a line of its own above it. */
const BAR_LABEL_HEIGHT = 12;
const BAR_GAP = 6;
const BAR_ROW = BAR_LABEL_HEIGHT + BAR_HEIGHT + BAR_GAP;
const BOTTOM = 20;
/** Keep month labels this far apart so they never overlap. */
const MIN_LABEL_SPACING = 56;
/** A generous average glyph width of 10–11 px text, for keeping labels inside the picture. */
const CHAR_WIDTH = 6.2;

/**
 * A bar's label on the line above it, from the bar's start, moved left as far as it must to stay
 * inside the picture, and shortened ("…") only when it is wider than the picture itself.
 */
function barLabel(x: number, y: number, text: string): TimelineText {
  const room = Math.floor((RIGHT - LEFT) / CHAR_WIDTH);
  const fitted = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  return { x: Math.max(LEFT, Math.min(x, RIGHT - fitted.length * CHAR_WIDTH)), y, anchor: "start", text: fitted };
}

/**
 * Where each month's label starts: just after its tick, or moved left to end inside the picture;
 * a label that would then run into the one before it is left out rather than cut off.
 */
function monthLabels(ticks: readonly { iso: string; x: number; label: string | null }[]): TimelineTick[] {
  let previousEnd = -Infinity;
  return ticks.map((t) => {
    if (t.label === null) return { ...t, labelX: t.x };
    const width = t.label.length * CHAR_WIDTH;
    const labelX = Math.min(t.x + 2, RIGHT - width);
    if (labelX < previousEnd + 4) return { ...t, label: null, labelX: t.x };
    previousEnd = labelX + width;
    return { ...t, labelX };
  });
}

/** A label at x, turned to the left when it would run out of the picture. */
function pointLabel(x: number, y: number, text: string): TimelineText {
  return x + 3 + text.length * CHAR_WIDTH <= RIGHT ? { x: x + 3, y, anchor: "start", text } : { x: x - 3, y, anchor: "end", text };
}

/** Spread marks over lanes so no two overlap; returns each mark's lane and the number of lanes. */
export function assignLanes(xs: readonly number[]): { lanes: number[]; count: number } {
  const lastInLane: number[] = [];
  const lanes = xs.map((x) => {
    let lane = lastInLane.findIndex((last) => x - last >= MARK_SPACING);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = x;
    return lane;
  });
  return { lanes, count: Math.max(1, lastInLane.length) };
}

/** What a lapsing obligation's bar says on hover: when it lapses and how far it has come. */
function lapsingTitle(o: Obligation, end: string): string {
  return `Bortfalder ${formatDanishDate(end)}, når forløbet slutter før fristen ${formatDanishDate(o.to)}: ${ruleTitle(o.explanation)}, ${o.held} af ${o.required} afholdt.`;
}

function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The span drawn: from the forløb's start (or an earlier request or meeting) to the last thing
 * that matters. Today is included while the forløb runs; an ended forløb is not stretched to today.
 */
function span({ forloeb, obligations, meetings, asOf, next }: TimelineData): { from: string; to: string } {
  const dates = [...obligations.flatMap((o) => [o.from, o.to]), ...meetings.map((m) => m.date)];
  const ongoing = forloeb.end == null || forloeb.end >= asOf;
  const to = [forloeb.end ?? asOf, ...(ongoing ? [asOf] : []), ...(next ? [next.start] : []), ...dates].reduce(laterOf);
  return { from: [forloeb.start, ...dates].reduce(earlierOf), to };
}

export function timelineLayout(data: TimelineData): TimelineLayout {
  const { forloeb, obligations, meetings, asOf, previous, next } = data;
  const { from, to } = span(data);
  const scale = timelineScale(from, to, LEFT, RIGHT);
  const labelEvery = Math.max(1, Math.ceil((MIN_LABEL_SPACING * scale.ticks.length) / (RIGHT - LEFT)));
  const ticks = monthLabels(scale.ticks.map((t, i) => ({ iso: t.iso, x: t.x, label: i % labelEvery === 0 ? t.label : null })));

  const sortedMeetings = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.time < b.time ? -1 : 1));
  const markXs = sortedMeetings.map((m) => scale.x(m.date));
  const { lanes, count } = assignLanes(markXs);
  const marks = sortedMeetings.map((m, i) => ({
    key: m.id,
    x: defined(markXs[i], "each meeting's position"),
    y: FIRST_LANE_Y + defined(lanes[i], "each meeting's lane") * LANE_HEIGHT,
    status: m.status,
    title: `${MEETING_STATUS_LABEL[m.status]} ${MEETING_KIND_LABEL[m.kind].toLowerCase()} ${formatDanishDate(m.date)} kl. ${m.time}`,
  }));

  const firstBarY = FIRST_LANE_Y + (count - 1) * LANE_HEIGHT + 16 + BAR_LABEL_HEIGHT;
  const lastX = scale.x(to);
  const todayX = asOf >= from && asOf <= to ? scale.x(asOf) : null;
  const bars = obligations.map((o, i): TimelineBar => {
    const y = firstBarY + i * BAR_ROW;
    const x = scale.x(o.from);
    const lapses = lapsesOn(o, forloeb);
    const width = Math.max(3, scale.x(lapses ?? o.to) - x);
    const late = o.status === "missed";
    const status = lapses ? `Bortfalder ${formatDanishShortDate(lapses)}` : late ? `! ${OBLIGATION_STATUS_LABEL[o.status]}` : OBLIGATION_STATUS_LABEL[o.status];
    // Which requirement each bar is, in words on the picture, not only when hovered.
    const label = barLabel(x, y - 3, `${status}: ${ruleTitle(o.explanation)}`);
    return {
      key: `${o.rule}:${o.occurrence}`,
      x,
      y,
      width,
      status: o.status,
      late,
      lapsesOn: lapses,
      title: lapses ? lapsingTitle(o, lapses) : `${OBLIGATION_STATUS_LABEL[o.status]}: ${o.explanation}`,
      label,
      overdue: late ? { x1: x + width, x2: todayX ?? lastX } : null,
    };
  });
  const height = firstBarY + obligations.length * BAR_ROW - BAR_LABEL_HEIGHT + BOTTOM;

  const pauses = forloeb.pauses.map((p) => {
    const x = scale.x(laterOf(p.from, from));
    return {
      key: p.id,
      x,
      width: Math.max(2, scale.x(earlierOf(p.to, to)) - x),
      title: `Pause ${formatDanishShortDate(p.from)} – ${formatDanishShortDate(p.to)}`,
    };
  });

  let end: TimelineLayout["end"] = null;
  if (forloeb.end) {
    const x = scale.x(forloeb.end);
    end = next
      ? {
          x,
          label: pointLabel(x, EVENTS_Y, `Ydelsesskift til ${YDELSE_LABEL[next.ydelse]} ${formatDanishShortDate(next.start)}`),
          title: `Forløbet slutter ${formatDanishDate(forloeb.end)}; borgeren fortsætter på ${YDELSE_LABEL[next.ydelse]} fra ${formatDanishDate(next.start)}`,
        }
      : {
          x,
          label: pointLabel(x, EVENTS_Y, `Slut ${formatDanishShortDate(forloeb.end)}`),
          title: `Forløbet slutter ${formatDanishDate(forloeb.end)}`,
        };
  }

  const previousLabel = previous
    ? {
        label: { x: LEFT, y: EVENTS_Y, anchor: "start" as const, text: `Efter ${YDELSE_LABEL[previous.ydelse]}` },
        title: previous.end
          ? `Forløbet fulgte efter et forløb på ${YDELSE_LABEL[previous.ydelse]}, der sluttede ${formatDanishDate(previous.end)}`
          : `Forløbet fulgte efter et forløb på ${YDELSE_LABEL[previous.ydelse]}`,
      }
    : null;

  let handover: TimelineLayout["handover"] = null;
  if (data.handover && data.handover >= from && data.handover <= to) {
    const x = scale.x(data.handover);
    const text = HANDOVER_LABEL;
    // Clear of the label saying where the citizen came from, which starts at the left edge.
    const clear = previousLabel ? LEFT + previousLabel.label.text.length * CHAR_WIDTH + 8 : LEFT;
    const label = pointLabel(x, EVENTS_Y, text);
    const leftEdge = label.anchor === "start" ? label.x : label.x - text.length * CHAR_WIDTH;
    handover = {
      x,
      label: leftEdge < clear ? { x: clear, y: EVENTS_Y, anchor: "start", text } : label,
      title: handoverSentence(data.handover),
    };
  }

  return {
    width: TIMELINE_WIDTH,
    height,
    top: AXIS_Y + 4,
    ticks,
    axisY: AXIS_Y,
    pauses,
    bars,
    marks,
    today: todayX === null ? null : { x: todayX, label: pointLabel(todayX, height - 6, "I dag") },
    end,
    previous: previousLabel,
    handover,
  };
}

const HANDOVER_LABEL = "Jobcentret overtager";

/** The handover in words, for the mark's title and the timeline's description. */
export function handoverSentence(day: string): string {
  return `Jobcentret overtager forløbet fra a-kassen ${formatDanishDate(day)}; indtil da holder a-kassen jobsamtalerne.`;
}

/** The forløb just before and just after one of a citizen's forløb (by start date). */
export function adjacentForloeb<F extends { id: string; start: string }>(all: readonly F[], id: string): { previous?: F; next?: F } {
  const sorted = [...all].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const i = sorted.findIndex((f) => f.id === id);
  if (i === -1) return {};
  const previous = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
