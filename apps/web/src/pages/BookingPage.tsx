import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { JointDueRow, MeetingRecord } from "@kontaktplan/schema";
import { formatDanishDateTime, formatDanishShortDate, JOINT_RULE_LABEL, StatusBadge } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { errorMessage } from "../errors.js";
import type { Route } from "../route.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { JOINT_DUE_KEY } from "../query-keys.js";
import { FormSubmit } from "../components/FormSubmit.js";

type BookingRoute = Extract<Route, { page: "booking" }>;

/**
 * Book a fællessamtale for one member: the jobcentre's free slots inside the obligation's window,
 * pick one, confirm. The member is looked up among the a-kasse's own due list, so another
 * a-kasse's member is simply not found.
 */
export default function BookingPage({ route }: { route: BookingRoute }) {
  const due = useQuery({ queryKey: JOINT_DUE_KEY, queryFn: () => api.joint.due.query() });
  if (due.isPending) return <Loading what="medlemmet" />;
  if (due.isError) return <ErrorMessage error={due.error} />;
  const row = due.data.rows.find((r) => r.forloebId === route.forloebId && r.rule === route.rule && r.occurrence === route.occurrence);
  if (!row) {
    return (
      <>
        <h1>Ikke fundet</h1>
        <p>
          Medlemmet eller fællessamtalen blev ikke fundet blandt dine medlemmer. <a href="#/">Tilbage til fællessamtaler</a>.
        </p>
      </>
    );
  }
  return <BookingForRow row={row} asOf={due.data.asOf} />;
}

function BookingForRow({ row, asOf }: { row: JointDueRow; asOf: string }) {
  const queryClient = useQueryClient();
  const from = row.from > asOf ? row.from : asOf;
  const windowOpen = row.to >= asOf;
  const slots = useQuery({
    queryKey: ["slots.list", row.forloebId, from, row.to],
    queryFn: () => api.slots.list.query({ forloebId: row.forloebId, from, to: row.to }),
    enabled: windowOpen,
  });
  const [slotId, setSlotId] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [booked, setBooked] = useState<MeetingRecord | null>(null);
  const book = useMutation({
    mutationFn: (id: string) => api.joint.book.mutate({ forloebId: row.forloebId, rule: row.rule, occurrence: row.occurrence, slotId: id }),
    onSuccess: (result) => {
      setBooked(result.meeting);
      void queryClient.invalidateQueries({ queryKey: JOINT_DUE_KEY });
    },
    // A refused slot (taken meanwhile, outside the window) may be gone: show the list as it is now.
    onError: () => void slots.refetch(),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (slotId === null) {
      setPickError("Vælg en tid");
      return;
    }
    setPickError(null);
    book.mutate(slotId);
  }

  return (
    <>
      <h1>Book fællessamtale for {row.name}</h1>
      <dl className="facts">
        <dt>Medlem</dt>
        <dd>
          {row.name} ({row.cprMasked})
        </dd>
        <dt>Krav</dt>
        <dd>{JOINT_RULE_LABEL[row.rule]}</dd>
        <dt>Vindue</dt>
        <dd>
          {formatDanishShortDate(row.from)} – {formatDanishShortDate(row.to)}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={row.status} />
        </dd>
      </dl>
      <p>{row.explanation}</p>
      {booked ? (
        <p role="status" className="success-box">
          Fællessamtalen er booket {formatDanishDateTime(booked.date, booked.time)}. <a href="#/">Tilbage til fællessamtaler</a>.
        </p>
      ) : !windowOpen ? (
        <p>Vinduet for denne fællessamtale er udløbet, så der kan ikke bookes en tid i det.</p>
      ) : slots.isPending ? (
        <Loading what="ledige tider" />
      ) : slots.isError ? (
        <ErrorMessage error={slots.error} title="De ledige tider kunne ikke hentes" />
      ) : slots.data.length === 0 ? (
        <p>Jobcentret har ingen ledige tider inden for vinduet.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset aria-describedby={pickError ? "slot-error" : undefined}>
            <legend>Ledige tider inden for vinduet</legend>
            {slots.data.map((s) => (
              <div key={s.id} className="radio">
                <input type="radio" id={`slot-${s.id}`} name="slot" value={s.id} checked={slotId === s.id} onChange={() => setSlotId(s.id)} />
                <label htmlFor={`slot-${s.id}`}>
                  {formatDanishDateTime(s.date, s.time)} – {s.jobcenterName}
                </label>
              </div>
            ))}
            {pickError ? (
              <p id="slot-error" className="field-error">
                {pickError}
              </p>
            ) : null}
          </fieldset>
          <FormSubmit
            error={book.isError ? `Tiden kunne ikke bookes: ${errorMessage(book.error)}` : null}
            busy={book.isPending}
            label="Bekræft booking"
            busyLabel="Booker …"
          />
        </form>
      )}
    </>
  );
}
