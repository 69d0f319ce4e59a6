import { type FormEvent } from "react";
import { ForloebCreateInput, type ForloebRecord } from "@kontaktplan/schema";
import { dayNumber, formatDanishDate, isoOfDay, YDELSE_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { NewForloebFields, newForloebValues } from "./NewForloebFields.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/**
 * A new forløb for a citizen with none yet, or whose last forløb has an end (a job, a move, a
 * break in benefits): it starts after that end at the earliest (the database refuses overlapping
 * forløb). Once created, the new forløb is the current one and its actions take this form's place.
 */
export function NewForloebForm({ citizenId, last, asOf }: { citizenId: string; last?: ForloebRecord | undefined; asOf: string }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, ForloebCreateInput, (input) => api.forloeb.create.mutate(input));
  const dayAfterEnd = last?.end ? isoOfDay(dayNumber(last.end) + 1) : asOf;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ citizenId, ...newForloebValues(new FormData(event.currentTarget)) });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {last?.end ? (
        <p className="muted">
          Forløbet på {YDELSE_LABEL[last.ydelse]} slutter {formatDanishDate(last.end)}. Et nyt forløb kan tidligst begynde dagen efter.
        </p>
      ) : null}
      <NewForloebFields ydelseLabel="Ydelse" startLabel="Startdato" startDefault={dayAfterEnd > asOf ? dayAfterEnd : asOf} error={(field) => errors[field]} />
      <FormSubmit error={serverError} busy={busy} label="Opret forløbet" busyLabel="Opretter …" />
    </form>
  );
}
