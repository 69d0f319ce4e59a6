import { useId } from "react";
import type { CalendarDay, CalendarItem, CalendarWeek } from "@kontaktplan/schema";
import { formatDanishDate, MEETING_KIND_LABEL, MEETING_STATUS_LABEL } from "@kontaktplan/ui";
import { FORM_LABEL } from "../citizen/labels.js";
import { bookingHref, citizenHref } from "../route.js";

export type CalendarSide = "jobcentre" | "akasse";

/**
 * A week as five days, each a heading and a list of its items by time: a structure a screen
 * reader walks day by day (and that simply stacks on a narrow screen), not boxes placed on a grid.
 */
export function WeekView({ week, side }: { week: CalendarWeek; side: CalendarSide }) {
  const byId = new Map(week.days.flatMap((d) => d.items.map((i) => [i.id, i])));
  return (
    <div className="week">
      {week.days.map((day) => (
        <Day key={day.date} day={day} today={day.date === week.asOf} side={side} byId={byId} />
      ))}
    </div>
  );
}

function Day({ day, today, side, byId }: { day: CalendarDay; today: boolean; side: CalendarSide; byId: ReadonlyMap<string, CalendarItem> }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={today ? "week__day week__day--today" : "week__day"}>
      <h3 id={id} aria-current={today ? "date" : undefined}>
        {formatDanishDate(day.date)}
        {today ? " (i dag)" : ""}
      </h3>
      {day.closed ? <p className="notice">{day.closed}</p> : null}
      {day.items.length === 0 ? (
        <p className="muted">Ingen aftaler.</p>
      ) : (
        <ul className="week__items">
          {day.items.map((item) => (
            <Item key={item.id} item={item} side={side} byId={byId} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A samtale's kind; every meeting item has one (a slot, which has none, is never asked). */
const kindLabel = (item: CalendarItem): string => (item.kind ? MEETING_KIND_LABEL[item.kind] : "Samtale");

/** "Individuel samtale med Karl Hansen", "Ledig tid til fællessamtale". */
function describe(item: CalendarItem): string {
  if (item.type === "slot") return "Ledig tid til fællessamtale";
  return `${kindLabel(item)}${item.citizenName ? ` med ${item.citizenName}` : ""}`;
}

function Item({ item, side, byId }: { item: CalendarItem; side: CalendarSide; byId: ReadonlyMap<string, CalendarItem> }) {
  const cancelled = item.status === "aflyst";
  const conflicts = item.conflictsWith.flatMap((id) => byId.get(id) ?? []);
  const classes = [
    "week__item",
    item.type === "slot" ? "week__item--slot" : "",
    cancelled ? "week__item--cancelled" : "",
    conflicts.length > 0 ? "week__item--conflict" : "",
  ];
  return (
    <li className={classes.filter(Boolean).join(" ")}>
      <p className="week__time">
        <strong>
          {item.start}–{item.end}
        </strong>
        {conflicts.length > 0 ? <span className="badge badge--overdue">Overlapper</span> : null}
      </p>
      <p>
        {item.type === "slot" ? describe(item) : <Subject item={item} side={side} />}
        {item.status ? ` · ${MEETING_STATUS_LABEL[item.status]}` : ""}
        {item.form ? ` · ${FORM_LABEL[item.form].toLowerCase()}` : ""}
      </p>
      {conflicts.length > 0 ? (
        <p className="week__conflict">Overlapper med {conflicts.map((c) => `${c.start}–${c.end} (${describe(c)})`).join(" og ")}</p>
      ) : null}
    </li>
  );
}

/** The samtale's kind and whom it is with, linked to where it is handled. */
function Subject({ item, side }: { item: CalendarItem; side: CalendarSide }) {
  const kind = kindLabel(item);
  if (!item.citizenName) return <>{kind}</>;
  const href =
    side === "akasse"
      ? item.forloebId && item.rule && item.occurrence
        ? bookingHref(item.forloebId, item.rule, item.occurrence)
        : null
      : item.citizenId
        ? citizenHref(item.citizenId)
        : null;
  return (
    <>
      {kind} med {href ? <a href={href}>{item.citizenName}</a> : item.citizenName}
    </>
  );
}
