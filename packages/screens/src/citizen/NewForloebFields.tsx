import { useState } from "react";
import { HJAELPSTYPER, VISITATIONS_BY_HJAELP, YDELSER, type Hjaelpstype, type Ydelse } from "@kontaktplan/schema";
import { YDELSE_LABEL } from "@kontaktplan/ui";
import { Field } from "../components/Field.js";
import { CheckboxField, RadioGroup, SelectField, type Choice } from "./controls.js";
import { checked, textValue, yesNo } from "./form-values.js";
import { capitalised, VISITATION_LABEL } from "./labels.js";

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

/** A new forløb's fields from the form (see `NewForloebFields`): only the questions asked for the chosen benefit. */
export function newForloebValues(form: FormData): Record<string, unknown> {
  const ydelse = textValue(form, "ydelse");
  return {
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

interface NewForloebFieldsProps {
  ydelseLabel: string;
  startLabel: string;
  startDefault: string;
  /** The message for one of the fields (by its name), if any. */
  error: (field: string) => string | undefined;
}

/**
 * What a new forløb needs to be known: the benefit, the start, and only the questions the chosen
 * benefit asks (visitation, hjælpstype, the flags the rules read). For a ydelsesskift, a new
 * forløb and a new citizen's first; render it with a new `key` to start over.
 */
export function NewForloebFields({ ydelseLabel, startLabel, startDefault, error }: NewForloebFieldsProps) {
  const [ydelse, setYdelse] = useState<Ydelse | "">("");
  const [hjaelpstype, setHjaelpstype] = useState<Hjaelpstype | "">("");
  const family = visitationFamily(ydelse, hjaelpstype);
  return (
    <>
      <SelectField
        label={ydelseLabel}
        name="ydelse"
        choices={YDELSE_CHOICES}
        placeholder="Vælg ydelse"
        value={ydelse}
        onChange={(e) => setYdelse(e.target.value as Ydelse | "")}
        error={error("ydelse")}
      />
      <Field label={startLabel} name="start" type="date" defaultValue={startDefault} error={error("start")} />
      {ydelse === "integrationsydelse" ? (
        <>
          <SelectField
            label="Hjælpstype"
            name="hjaelpstype"
            choices={HJAELPSTYPE_CHOICES}
            placeholder="Vælg hjælpstype"
            value={hjaelpstype}
            onChange={(e) => setHjaelpstype(e.target.value as Hjaelpstype | "")}
            error={error("hjaelpstype")}
          />
          <CheckboxField label="Borgeren er i integrationsprogrammet" name="iIntegrationsprogram" error={error("iIntegrationsprogram")} />
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
          error={error("visitation")}
        />
      ) : null}
      {ydelse === "sygedagpenge" ? (
        <RadioGroup
          legend="Forventes sygefraværet at vare over 8 uger?"
          name="forventetFravaerOver8Uger"
          choices={YES_NO}
          error={error("forventetFravaerOver8Uger")}
        />
      ) : null}
      {ydelse === "jobafklaringsforloeb" ? (
        <CheckboxField
          label="Risiko for at være uarbejdsdygtig efter 4 år"
          name="risikoUarbejdsdygtigEfter4Aar"
          error={error("risikoUarbejdsdygtigEfter4Aar")}
        />
      ) : null}
      {ydelse === "dagpenge" ? (
        <CheckboxField label="Borgeren har fravalgt a-kassens deltagelse i fællessamtaler" name="akasseFravalgt" error={error("akasseFravalgt")} />
      ) : null}
      {ydelse === "ledighedsydelse" ? (
        <Field label="Visitationsdato til fleksjob (valgfri; ellers startdatoen)" name="visitationsdato" type="date" error={error("visitationsdato")} />
      ) : null}
    </>
  );
}
