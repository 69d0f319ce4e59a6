import { useEffect, useRef, useState, type FormEvent } from "react";
import { ChangeBenefitInput, type ForloebRecord } from "@kontaktplan/schema";
import { formatDanishDate, YDELSE_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { NewForloebFields, newForloebValues } from "./NewForloebFields.js";
import { UndoBenefitChange, undoable } from "./UndoBenefitChange.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/** The new forløb's fields from the form, for the current forløb's ydelsesskift. */
export function benefitChange(forloeb: ForloebRecord, form: FormData): Record<string, unknown> {
  return { forloebId: forloeb.id, version: forloeb.version, ...newForloebValues(form) };
}

/**
 * Ydelsesskift: the current forløb ends the day before the new one starts, and the new benefit's
 * forløb begins (one transaction on the server). Asks only what the chosen benefit needs. A
 * ydelsesskift registered within the last day can be undone here too.
 */
export function ChangeBenefitForm({ citizenId, forloeb, asOf }: { citizenId: string; forloeb: ForloebRecord; asOf: string }) {
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  // Done: the form starts over for the next change, from the new current forløb.
  const [round, setRound] = useState(0);
  const startOver = () => {
    formRef.current?.reset();
    setRound((r) => r + 1);
  };
  const { submit, errors, busy, serverError, done } = useCitizenMutation(
    citizenId,
    ChangeBenefitInput,
    (input) => api.forloeb.changeBenefit.mutate(input),
    startOver,
  );
  // Kept here, where it outlives the undone forløb's own controls; focus goes to it.
  const [undone, setUndone] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (undone) statusRef.current?.focus();
  }, [undone]);
  const status = undone ?? (done ? "Ydelsesskiftet er registreret: et nyt forløb er oprettet." : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUndone(null);
    submit(benefitChange(forloeb, new FormData(event.currentTarget)));
  }

  return (
    <>
      <p role="status" ref={statusRef} tabIndex={-1} className={status ? "success-box" : undefined}>
        {status}
      </p>
      {undoable(forloeb, Date.now()) ? <UndoBenefitChange key={forloeb.id} citizenId={citizenId} forloeb={forloeb} onUndone={setUndone} /> : null}
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <p className="muted">
          Det nuværende forløb på {YDELSE_LABEL[forloeb.ydelse]} (fra {formatDanishDate(forloeb.start)}) slutter dagen før det nye forløb begynder.
        </p>
        <NewForloebFields key={round} ydelseLabel="Ny ydelse" startLabel="Det nye forløbs startdato" startDefault={asOf} error={(field) => errors[field]} />
        <FormSubmit error={serverError} busy={busy} label="Registrér ydelsesskift" busyLabel="Registrerer …" />
      </form>
    </>
  );
}
