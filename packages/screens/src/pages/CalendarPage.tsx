import { useCallback } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "../api.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { useHashState } from "../hash-state.js";
import { copenhagenToday } from "@kontaktplan/rules/dates";
import { WeekView, type CalendarSide } from "../calendar/WeekView.js";
import { mondayOfDate, shiftWeek, weekFromHash, weekHash, weekTitle } from "../calendar/week.js";
import "../tools.css";

const INTRO: Record<CalendarSide, string> = {
  jobcentre: "Dine samtaler og dine ledige tider til fællessamtaler, mandag til fredag. Aftaler, der ligger oven i hinanden, er markeret.",
  akasse: "De fællessamtaler, a-kassen har booket for sine medlemmer, mandag til fredag.",
};

/** A week of the caller's calendar; the week lives in the URL, so back, reload and bookmarks keep it. */
export default function CalendarPage({ side }: { side: CalendarSide }) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useHashState(weekFromHash, weekHash);
  const thisWeek = mondayOfDate(copenhagenToday(new Date()));
  const monday = chosen ?? thisWeek;
  const go = useCallback((next: string) => setChosen(() => (next === thisWeek ? null : next)), [setChosen, thisWeek]);
  const week = useQuery(
    side === "akasse"
      ? trpc.calendar.akasseWeek.queryOptions({ monday }, { placeholderData: keepPreviousData })
      : trpc.calendar.caseworkerWeek.queryOptions({ monday }, { placeholderData: keepPreviousData }),
  );
  const title = weekTitle(monday);
  const items = week.data?.days.reduce((n, d) => n + d.items.length, 0) ?? 0;

  return (
    <>
      <h1>Kalender</h1>
      <p>{INTRO[side]}</p>
      <nav aria-label="Uger" className="week-nav">
        <button type="button" className="secondary" onClick={() => go(shiftWeek(monday, -1))}>
          Forrige uge
        </button>
        <button type="button" className="secondary" onClick={() => go(thisWeek)} disabled={monday === thisWeek}>
          Denne uge
        </button>
        <button type="button" className="secondary" onClick={() => go(shiftWeek(monday, 1))}>
          Næste uge
        </button>
      </nav>
      <h2>{title}</h2>
      {/* Announced when the week changes; the buttons keep the focus. */}
      <p role="status" className="week__summary">
        {week.data && week.data.monday === monday ? summary(items, week.data.conflicts) : ""}
      </p>
      {week.isPending ? <Loading what="ugen" /> : week.isError ? <ErrorMessage error={week.error} /> : <WeekView week={week.data} side={side} />}
    </>
  );
}

function summary(items: number, conflicts: number): string {
  const what = items === 0 ? "Ingen aftaler i ugen" : items === 1 ? "1 aftale i ugen" : `${items} aftaler i ugen`;
  return conflicts === 0 ? `${what}.` : `${what}, heraf ${conflicts} der overlapper andre.`;
}
