import { useEffect, useRef, useState, type FormEvent } from "react";
import { ChangeBenefitInput, HJAELPSTYPER, VISITATIONS_BY_HJAELP, YDELSER, type ForloebRecord, type Hjaelpstype, type Ydelse } from "@kontaktplan/schema";
import { formatDanishDate, YDELSE_LABEL } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { CheckboxField, RadioGroup, SelectField, type Choice } from "./controls.js";
import { checked, textValue, yesNo } from "./form-values.js";
import { capitalised, VISITATION_LABEL } from "./labels.js";
import { UndoBenefitChange, undoable } from "./UndoBenefitChange.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

const YDELSE_CHOICES: Choice[] = YDELSER.map((y) => ({ value: y, label: capitalised(YDELSE_LABEL[y]) }));
const HJAELPSTYPE_CHOICES: Choice[] = HJAELPSTYPER.map((h) => ({ value: h, label: capitalised(YDELSE_LABEL[h]) }));
const YES_NO: Choice[] = [
  { value: "ja", label: "Ja" },
  { value: "nej", label: "Nej" },
];

/** The benefit whose visitation categories the new forløb needs, if any (integrationsydelse borrows its hjælpstype's). */
function visitationFamily(ydelse: Ydelse | "", hjaelpstype: Hjaelpstype | ""): Hjaelpstype | null {
  if (ydelse === "kontanthjaelp" || ydelse === "uddannelseshjaelp") return ydelse;
  if (ydelse === "integrationsydelse" && hjaelpstype !== "") return hjaelpstype;
  return null;
}

/** The new forløb's fields from the form: only the questions asked for the chosen benefit. */
export function benefitChange(forloeb: ForloebRecord, form: FormData): Record<string, unknown> {
  const ydelse = textValue(form, "ydelse");
  return {
    forloebId: forloeb.id,
    version: forloeb.version,
    ydelse,
    start: textValue(form, "start"),
    visitation: textValue(form, "visitation"),
    hjaelpstype: textValue(form, "hjaelpstype"),
    forventetFravaerOver8Uger: yesNo(form, "forventetFravaerOver8Uger"),
    visitationsdato: textValue(form, "visitationsdato"),
    ...(ydelse === "dagpenge" ? { akasseFravalgt: checked(form, "akasseFravalgt") } : {}),
    ...(ydelse === "jobafklaringsforloeb" ? { risikoUarbejdsdygtigEfter4Aar: checked(form, "risikoUarbejdsdygtigEfter4Aar") } : {}),
    ...(ydelse === "integrationsydelse" ? { iIntegrationsprogram: checked(form, "iIntegrationsprogram") } : {}),
  };
}

/**
 * Ydelsesskift: the current forløb ends the day before the new one starts, and the new benefit's
 * forløb begins (one transaction on the server). Asks only what the chosen benefit needs.
 */
export function ChangeBenefitForm({ citizenId, forloeb, asOf }: { citizenId: string; forloeb: ForloebRecord; asOf: string }) {
  const [ydelse, setYdelse] = useState<Ydelse | "">("");
  const [hjaelpstype, setHjaelpstype] = useState<Hjaelpstype | "">("");
  const formRef = useRef<HTMLFormElement>(null);
  // Done: the form starts over for the next change, from the new current forløb.
  const startOver = () => {
    formRef.current?.reset();
    setYdelse("");
    setHjaelpstype("");
  };
  const { submit, errors, busy, serverError, done } = useCitizenMutation(citizenId, ChangeBenefitInput, (input) => api.forloeb.changeBenefit.mutate(input), startOver);
  const family = visitationFamily(ydelse, hjaelpstype);
  // Kept here, where it outlives the undone forløb's own controls; focus goes to it.
  const [undone, setUndone] = useState<string | null>(null);
  const undoneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (undone) undoneRef.current?.focus();
  }, [undone]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(benefitChange(forloeb, new FormData(event.currentTarget)));
  }

  return (
    <>
      <p role="status" ref={undoneRef} tabIndex={-1} className={undone ? "success-box" : undefined}>
        {undone}
      </p>
      {undoable(forloeb, Date.now()) ? <UndoBenefitChange key={forloeb.id} citizenId={citizenId} forloeb={forloeb} onUndone={setUndone} /> : null}
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <p className="muted">
          Det nuværende forløb på {YDELSE_LABEL[forloeb.ydelse]} (fra {formatDanishDate(forloeb.start)}) slutter dagen før det nye forløb begynder.
        </p>
        <SelectField
          label="Ny ydelse"
          name="ydelse"
          choices={YDELSE_CHOICES}
          placeholder="Vælg ydelse"
          value={ydelse}
          onChange={(e) => setYdelse(e.target.value as Ydelse | "")}
          error={errors["ydelse"]}
        />
        <Field label="Det nye forløbs startdato" name="start" type="date" defaultValue={asOf} error={errors["start"]} />
        {ydelse === "integrationsydelse" ? (
          <>
            <SelectField
              label="Hjælpstype"
              name="hjaelpstype"
              choices={HJAELPSTYPE_CHOICES}
              placeholder="Vælg hjælpstype"
              value={hjaelpstype}
              onChange={(e) => setHjaelpstype(e.target.value as Hjaelpstype | "")}
              error={errors["hjaelpstype"]}
            />
            <CheckboxField label="Borgeren er i integrationsprogrammet" name="iIntegrationsprogram" error={errors["iIntegrationsprogram"]} />
          </>
        ) : null}
        {family ? (
          <SelectField
            // A new family has other categories: start the choice over.
            key={family}
            label="Visitationskategori"
            name="visitation"
            choices={VISITATIONS_BY_HJAELP[family].map((v) => ({ value: v, label: VISITATION_LABEL[v] }))}
            placeholder="Vælg visitationskategori"
            defaultValue=""
            error={errors["visitation"]}
          />
        ) : null}
        {ydelse === "sygedagpenge" ? (
          <RadioGroup legend="Forventes sygefraværet at vare over 8 uger?" name="forventetFravaerOver8Uger" choices={YES_NO} error={errors["forventetFravaerOver8Uger"]} />
        ) : null}
        {ydelse === "jobafklaringsforloeb" ? (
          <CheckboxField label="Risiko for at være uarbejdsdygtig efter 4 år" name="risikoUarbejdsdygtigEfter4Aar" error={errors["risikoUarbejdsdygtigEfter4Aar"]} />
        ) : null}
        {ydelse === "dagpenge" ? <CheckboxField label="Borgeren har fravalgt a-kassens deltagelse i fællessamtaler" name="akasseFravalgt" error={errors["akasseFravalgt"]} /> : null}
        {ydelse === "ledighedsydelse" ? (
          <Field label="Visitationsdato til fleksjob (valgfri; ellers startdatoen)" name="visitationsdato" type="date" error={errors["visitationsdato"]} />
        ) : null}
        <FormSubmit error={serverError} busy={busy} label="Registrér ydelsesskift" busyLabel="Registrerer …">
          {done ? (
            <p role="status" className="success-box">
              Ydelsesskiftet er registreret: et nyt forløb er oprettet.
            </p>
          ) : null}
        </FormSubmit>
      </form>
    </>
  );
}
