import { useState, type FormEvent } from "react";
import { PauseUpdateInput, RemovePauseInput, type ForloebRecord, type PauseRecord } from "@kontaktplan/schema";
import { daysBetween, formatDanishDate } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { textValue } from "./form-values.js";
import { PauseFields } from "./PauseForm.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

type Open = { id: string; action: "edit" | "remove" } | null;

/** The forløb's pauses, oldest first, each with its reason, correctable, or removable when registered by mistake. */
export function PauseList({ citizenId, forloeb }: { citizenId: string; forloeb: ForloebRecord }) {
  const [open, setOpen] = useState<Open>(null);
  if (forloeb.pauses.length === 0) return <p>Der er ikke registreret pauser i forløbet.</p>;
  const close = () => setOpen(null);
  return (
    <table>
      <caption className="visually-hidden">Pauser i forløbet</caption>
      <thead>
        <tr>
          <th scope="col">Periode</th>
          <th scope="col">Dage</th>
          <th scope="col">Begrundelse</th>
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {forloeb.pauses.map((p) => (
          <tr key={p.id}>
            <th scope="row">{periodText(p)}</th>
            <td>{pauseDays(p)}</td>
            <td>{p.reason ?? <span className="muted">Ingen begrundelse</span>}</td>
            <td>
              {open?.id === p.id && open.action === "edit" ? <EditPauseForm citizenId={citizenId} pause={p} onClose={close} /> : null}
              {open?.id === p.id && open.action === "remove" ? <RemovePauseForm citizenId={citizenId} pause={p} onClose={close} /> : null}
              {open?.id !== p.id ? (
                <>
                  <button type="button" className="secondary" onClick={() => setOpen({ id: p.id, action: "edit" })} aria-label={`Ret pausen ${periodText(p)}`}>
                    Ret
                  </button>{" "}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ id: p.id, action: "remove" })}
                    aria-label={`Fjern pausen ${periodText(p)}`}
                  >
                    Fjern
                  </button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Both ends included (RULES.md §2.4). */
function pauseDays(p: PauseRecord): number {
  return daysBetween(p.from, p.to) + 1;
}

function periodText(p: PauseRecord): string {
  return `${formatDanishDate(p.from)} – ${formatDanishDate(p.to)}`;
}

/** Its days and reason corrected: the deadlines measured on the benefit clock move with the days. */
function EditPauseForm({ citizenId, pause, onClose }: { citizenId: string; pause: PauseRecord; onClose: () => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, PauseUpdateInput, (input) => api.forloeb.updatePause.mutate(input), onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ pauseId: pause.id, from: textValue(form, "from"), to: textValue(form, "to"), reason: textValue(form, "reason") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Ret pausen ${periodText(pause)}`}>
      <PauseFields errors={errors} pause={pause} />
      <FormSubmit error={serverError ?? errors["pauseId"]} busy={busy} label="Gem rettelsen" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}

/** Confirm first: the deadlines measured on the benefit clock move back by the pause's days. */
function RemovePauseForm({ citizenId, pause, onClose }: { citizenId: string; pause: PauseRecord; onClose: () => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, RemovePauseInput, (input) => api.forloeb.removePause.mutate(input), onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ pauseId: pause.id });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Fjern pausen ${periodText(pause)}`}>
      <p>Frister, der regnes i ydelsesperiode, rykker {pauseDays(pause)} dage tilbage.</p>
      {/* The id comes from the API, so only the server can refuse it (removed meanwhile). */}
      <FormSubmit error={serverError ?? errors["pauseId"]} busy={busy} label="Bekræft: fjern pausen" busyLabel="Fjerner …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
