import { useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { SlotPublishInput, type SlotPublishResult } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime } from "@kontaktplan/ui";
import { useApi, useTRPC } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useFormMutation } from "../components/useFormMutation.js";

/** An empty number field is no number, so the schema says so rather than quietly using a default. */
const numberOf = (value: FormDataEntryValue | null) => (value === null || value === "" ? Number.NaN : Number(value));

/** Publish one free slot, or the same weekday and time for a number of weeks. */
export function SlotPublishForm({ defaultDate }: { defaultDate: string }) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [weekly, setWeekly] = useState(false);
  const { submit, errors, busy, serverError, result } = useFormMutation(SlotPublishInput, (input) => api.slots.publish.mutate(input), {
    onSuccess: () => queryClient.invalidateQueries(trpc.slots.list.pathFilter()),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({
      date: form.get("date"),
      time: form.get("time"),
      durationMinutes: numberOf(form.get("durationMinutes")),
      weeks: weekly ? numberOf(form.get("weeks")) : 1,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label="Dato (første gang)" name="date" type="date" defaultValue={defaultDate} error={errors["date"]} />
      <Field label="Klokkeslæt" name="time" type="time" defaultValue="09:00" error={errors["time"]} />
      <Field
        label="Varighed i minutter"
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={15}
        max={240}
        step={15}
        defaultValue={60}
        error={errors["durationMinutes"]}
      />
      <fieldset>
        <legend>Gentagelse</legend>
        <div className="radio">
          <input type="radio" id="slot-once" name="repeat" checked={!weekly} onChange={() => setWeekly(false)} />
          <label htmlFor="slot-once">Kun denne dag</label>
        </div>
        <div className="radio">
          <input type="radio" id="slot-weekly" name="repeat" checked={weekly} onChange={() => setWeekly(true)} />
          <label htmlFor="slot-weekly">Hver uge på samme ugedag og klokkeslæt</label>
        </div>
        {weekly ? <Field label="Antal uger" name="weeks" type="number" inputMode="numeric" min={2} max={52} defaultValue={4} error={errors["weeks"]} /> : null}
      </fieldset>
      <FormSubmit error={serverError} busy={busy} label="Udbyd tider" busyLabel="Udbyder …">
        {result && !serverError ? <PublishOutcome result={result} /> : null}
      </FormSubmit>
    </form>
  );
}

function PublishOutcome({ result }: { result: SlotPublishResult }) {
  const n = result.created.length;
  return (
    <div role="status" className="success-box">
      <p>
        {n === 0 ? "Ingen tider blev udbudt." : n === 1 ? "1 tid er udbudt" : `${n} tider er udbudt`}
        {n > 0 ? `: ${result.created.map((s) => formatDanishDateTime(s.date, s.time)).join("; ")}.` : null}
      </p>
      {result.skipped.length > 0 ? <p>Sprunget over: {result.skipped.map((s) => `${formatDanishDate(s.date)} (${s.reason})`).join("; ")}.</p> : null}
    </div>
  );
}
