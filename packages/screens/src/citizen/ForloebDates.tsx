import { useState, type FormEvent } from "react";
import { ForloebUpdateInput, type ForloebRecord } from "@kontaktplan/schema";
import { formatDanishDate, YDELSE_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { textValue } from "./form-values.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

const title = (f: ForloebRecord) => `forløbet på ${YDELSE_LABEL[f.ydelse]} fra ${formatDanishDate(f.start)}`;

/** Every forløb of the citizen with its dates, each correctable (the start, the end or no end). */
export function ForloebDates({ citizenId, forloeb }: { citizenId: string; forloeb: readonly ForloebRecord[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table>
      <caption className="visually-hidden">Borgerens forløb og deres datoer</caption>
      <thead>
        <tr>
          <th scope="col">Forløb</th>
          <th scope="col">Start</th>
          <th scope="col">Slut</th>
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {[...forloeb].reverse().map((f) => (
          <tr key={f.id}>
            <th scope="row">{YDELSE_LABEL[f.ydelse]}</th>
            <td>{formatDanishDate(f.start)}</td>
            <td>{f.end ? formatDanishDate(f.end) : <span className="muted">Ingen slutdato</span>}</td>
            <td>
              {open === f.id ? (
                <EditDatesForm citizenId={citizenId} forloeb={f} onClose={() => setOpen(null)} />
              ) : (
                <button type="button" className="secondary" onClick={() => setOpen(f.id)}>
                  Ret datoer<span className="visually-hidden"> for {title(f)}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Start and end of one forløb; an empty end means none. Overlap with another forløb is refused at the field that moved. */
function EditDatesForm({ citizenId, forloeb, onClose }: { citizenId: string; forloeb: ForloebRecord; onClose: () => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, ForloebUpdateInput, (input) => api.forloeb.update.mutate(input), onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // An emptied start is a mistake the schema names; an empty end is no end.
    const start = textValue(form, "start") ?? "";
    const end = textValue(form, "end") ?? null;
    const changed = { ...(start !== forloeb.start ? { start } : {}), ...(end !== (forloeb.end ?? null) ? { end } : {}) };
    // Only what changed, so an overlap is reported at the date that moved.
    if (Object.keys(changed).length === 0) onClose();
    else submit({ forloebId: forloeb.id, version: forloeb.version, ...changed });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Ret datoer for ${title(forloeb)}`}>
      <Field label="Startdato" name="start" type="date" defaultValue={forloeb.start} error={errors["start"]} />
      <Field label="Slutdato (tom: ingen slutdato)" name="end" type="date" defaultValue={forloeb.end ?? ""} error={errors["end"]} />
      <FormSubmit error={serverError ?? errors["forloebId"]} busy={busy} label="Gem datoerne" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
