import { useId, useState, type FormEvent } from "react";
import { SetFlagsInput, type ForloebRecord, type RegimeFlag, type Ydelse } from "@kontaktplan/schema";
import { REGIME_FLAG_HELP, REGIME_FLAG_LABEL } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { errorAttributes, FieldError } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

/**
 * The flags a forløb on each benefit can use (RULES.md §8): the two about a dagpenge course, and the
 * 2026 exemption for the groups of STAR's pool (its help says which visitation). Elsewhere they
 * change nothing, so they are not offered.
 */
const FLAGS_BY_BENEFIT: Partial<Record<Ydelse, readonly RegimeFlag[]>> = {
  dagpenge: ["faellessamtaleInden3Mdr", "visiteretTilJobcenter", "undtaget"],
  kontanthjaelp: ["undtaget"],
  integrationsydelse: ["undtaget"],
  ledighedsydelse: ["undtaget"],
};

export function regimeFlagsOf(forloeb: Pick<ForloebRecord, "ydelse">): readonly RegimeFlag[] {
  return FLAGS_BY_BENEFIT[forloeb.ydelse] ?? [];
}

/**
 * Set or unset the forløb's flags. Exempting past the kommune's ceiling of 25 % is refused until the
 * caseworker confirms it with the server's figures in view; the confirmation is recorded in the log.
 */
export function RegimeFlagsForm({ citizenId, forloeb }: { citizenId: string; forloeb: ForloebRecord }) {
  const api = useApi();
  const id = useId();
  const flags = regimeFlagsOf(forloeb);
  const [values, setValues] = useState<Record<string, boolean>>(() => Object.fromEntries(flags.map((f) => [f, forloeb[f] === true])));
  const [confirm, setConfirm] = useState(false);
  const { submit, errors, busy, serverError, done } = useCitizenMutation(
    citizenId,
    SetFlagsInput,
    (input) => api.forloeb.setFlags.mutate(input),
    () => setConfirm(false),
  );
  const overQuota = errors["confirmOverQuota"];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ forloebId: forloeb.id, version: forloeb.version, ...values, ...(confirm ? { confirmOverQuota: true } : {}) });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Forhold, der ændrer samtalekravene">
      {flags.map((flag) => (
        <div key={flag} className="checkbox checkbox--described">
          <input
            type="checkbox"
            id={`${id}-${flag}`}
            checked={values[flag] ?? false}
            onChange={(e) => {
              const checked = e.target.checked;
              setValues((v) => ({ ...v, [flag]: checked }));
            }}
            aria-describedby={`${id}-${flag}-help`}
          />
          <label htmlFor={`${id}-${flag}`}>{REGIME_FLAG_LABEL[flag]}</label>
          <p id={`${id}-${flag}-help`} className="muted">
            {REGIME_FLAG_HELP[flag]}
          </p>
        </div>
      ))}
      {overQuota ? (
        <div className="checkbox checkbox--described">
          <input
            type="checkbox"
            id={`${id}-confirm`}
            checked={confirm}
            onChange={(e) => setConfirm(e.target.checked)}
            {...errorAttributes(`${id}-confirm`, overQuota)}
          />
          <label htmlFor={`${id}-confirm`}>Undtag borgeren alligevel, ud over loftet på 25 %</label>
          <FieldError id={`${id}-confirm`} error={overQuota} />
        </div>
      ) : null}
      <FormSubmit error={Object.keys(errors).length === 0 ? serverError : null} busy={busy} label="Gem forholdene" busyLabel="Gemmer …">
        {done && !serverError ? (
          <p role="status" className="success-box">
            Forholdene er gemt, og samtalekravene er beregnet igen.
          </p>
        ) : null}
      </FormSubmit>
    </form>
  );
}
