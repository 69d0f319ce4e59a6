import { useState, type FormEvent } from "react";
import { UndoBenefitChangeInput, type ForloebRecord } from "@kontaktplan/schema";
import { formatDanishDate, formatDanishDateTime, YDELSE_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { copenhagenDateTime } from "@kontaktplan/rules/dates";
import { useCitizenMutation } from "./useCitizenMutation.js";

/** How long after registering it a ydelsesskift can be undone (the server decides; this only hides the offer). */
const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Whether the ydelsesskift that began the forløb can still be undone at `now`. */
export function undoable(forloeb: ForloebRecord, now: number): boolean {
  const change = forloeb.benefitChange;
  return change !== undefined && change.fromForloebId !== null && now - Date.parse(change.at) <= UNDO_WINDOW_MS;
}

/**
 * Undo a ydelsesskift registered by mistake, within a day: the new forløb is removed and the
 * previous one gets its end back. Asks for confirmation first; the server refuses (and says why)
 * once anything has been recorded on the new forløb.
 */
export function UndoBenefitChange({ citizenId, forloeb, onUndone }: { citizenId: string; forloeb: ForloebRecord; onUndone: (message: string) => void }) {
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const undone = `Ydelsesskiftet er fortrudt: forløbet på ${YDELSE_LABEL[forloeb.ydelse]} fra ${formatDanishDate(forloeb.start)} er slettet.`;
  const { submit, errors, busy, serverError } = useCitizenMutation(
    citizenId,
    UndoBenefitChangeInput,
    (input) => api.forloeb.undoBenefitChange.mutate(input),
    () => onUndone(undone),
  );
  const change = forloeb.benefitChange;
  if (!change) return null;
  const at = copenhagenDateTime(new Date(change.at));
  const previousEnd = change.previousEnd ? `slutdatoen ${formatDanishDate(change.previousEnd)}` : "ingen slutdato";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ forloebId: forloeb.id, version: forloeb.version });
  }

  return (
    <div className="notice">
      <p>
        Ydelsesskiftet til {YDELSE_LABEL[forloeb.ydelse]} fra {formatDanishDate(forloeb.start)} blev registreret {formatDanishDateTime(at.date, at.time)}. Er
        det registreret ved en fejl, kan det fortrydes inden for et døgn, så længe der ikke er registreret noget på det nye forløb.
      </p>
      {confirming ? (
        <form onSubmit={onSubmit} noValidate aria-label="Fortryd ydelsesskiftet">
          <p>Det nye forløb slettes, og det tidligere forløb får {previousEnd} igen.</p>
          <FormSubmit error={serverError ?? errors["forloebId"]} busy={busy} label="Bekræft: fortryd ydelsesskiftet" busyLabel="Fortryder …" />{" "}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Behold ydelsesskiftet
          </button>
        </form>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Fortryd ydelsesskiftet
        </button>
      )}
    </div>
  );
}
