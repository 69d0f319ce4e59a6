import { useState, type FormEvent } from "react";
import { RemovePauseInput, type ForloebRecord, type PauseRecord } from "@kontaktplan/schema";
import { daysBetween, formatDanishDate } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/** The forløb's pauses, oldest first, each with its reason and a way to remove one registered by mistake. */
export function PauseList({ citizenId, forloeb }: { citizenId: string; forloeb: ForloebRecord }) {
  const [removing, setRemoving] = useState<string | null>(null);
  if (forloeb.pauses.length === 0) return <p>Der er ikke registreret pauser i forløbet.</p>;
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
              {removing === p.id ? (
                <RemovePauseForm citizenId={citizenId} pause={p} onClose={() => setRemoving(null)} />
              ) : (
                <button type="button" className="secondary" onClick={() => setRemoving(p.id)} aria-label={`Fjern pausen ${periodText(p)}`}>
                  Fjern
                </button>
              )}
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

/** Confirm first: the deadlines measured on the benefit clock move back by the pause's days. */
function RemovePauseForm({ citizenId, pause, onClose }: { citizenId: string; pause: PauseRecord; onClose: () => void }) {
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
