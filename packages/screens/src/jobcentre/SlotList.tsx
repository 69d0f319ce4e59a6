import { useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SlotListItem } from "@kontaktplan/schema";
import { dayNumber, formatDanishDate, formatDanishDateTime, isoOfDay, JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { citizenHref } from "../route.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { WithdrawSlot } from "./WithdrawSlot.js";

/** The list shows four weeks at a time; the buttons move a whole period. */
const PERIOD_DAYS = 28;

const minutesOf = (s: SlotListItem) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);

/** The jobcentre's slots, four weeks at a time: when, for whom, who has booked them; free ones can be withdrawn. */
export function SlotList({ today, userId, mineFirst }: { today: string; userId: string; mineFirst: boolean }) {
  const trpc = useTRPC();
  const [from, setFrom] = useState(today);
  const [mine, setMine] = useState(mineFirst);
  const to = isoOfDay(dayNumber(from) + PERIOD_DAYS - 1);
  const slots = useQuery(trpc.slots.list.queryOptions({ from, to }, { placeholderData: keepPreviousData }));
  const showId = useId();
  const shift = (days: number) => setFrom(isoOfDay(dayNumber(from) + days));
  const shown = slots.data?.filter((s) => !mine || s.caseworkerId === userId) ?? [];
  const booked = shown.filter((s) => s.booking !== null).length;

  return (
    <>
      <div className="filters">
        <div className="field field--inline">
          <label htmlFor={showId}>Vis</label>
          <select id={showId} value={mine ? "mine" : "all"} onChange={(e) => setMine(e.target.value === "mine")}>
            <option value="mine">Mine tider</option>
            <option value="all">Hele jobcentrets tider</option>
          </select>
        </div>
      </div>
      <nav aria-label="Periode" className="pager">
        <button type="button" onClick={() => shift(-PERIOD_DAYS)}>
          Tidligere tider
        </button>
        <span aria-live="polite" aria-atomic="true">
          {formatDanishDate(from)} – {formatDanishDate(to)}
        </span>
        <button type="button" onClick={() => shift(PERIOD_DAYS)}>
          Senere tider
        </button>
      </nav>
      {slots.isPending ? <Loading what="tiderne" /> : null}
      {slots.isError ? <ErrorMessage error={slots.error} title="Tiderne kunne ikke hentes" /> : null}
      {slots.data && shown.length === 0 ? <p>Ingen tider i perioden.</p> : null}
      {shown.length > 0 ? (
        <table>
          <caption>
            {shown.length} {shown.length === 1 ? "tid" : "tider"}, heraf {booked} booket
          </caption>
          <thead>
            <tr>
              <th scope="col">Tidspunkt</th>
              <th scope="col">Varighed</th>
              <th scope="col">Sagsbehandler</th>
              <th scope="col">Booking</th>
              <th scope="col">Handling</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.id}>
                <th scope="row">{formatDanishDateTime(s.date, s.time)}</th>
                <td>{minutesOf(s)} min.</td>
                <td>{s.caseworkerName ?? "Hele jobcentret"}</td>
                <td>
                  {s.booking ? (
                    <>
                      Booket af {s.booking.akasseName} til <a href={citizenHref(s.booking.citizenId)}>{s.booking.citizenName}</a>
                      {s.booking.rule ? ` (fristen ${JOINT_RULE_LABEL[s.booking.rule].toLowerCase()})` : null}
                    </>
                  ) : (
                    "Ledig"
                  )}
                </td>
                <td>{s.booking === null && s.date >= today ? <WithdrawSlot slot={s} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
