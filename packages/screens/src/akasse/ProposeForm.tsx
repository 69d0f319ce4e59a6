import { useId, useState, type FormEvent } from "react";
import { JointProposeInput, type JointDueRow } from "@kontaktplan/schema";
import { formatDanishShortDate } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useMemberMutation } from "./useMemberMutation.js";
import type { Report } from "./outcome.js";
import type { DateWindow } from "./windows.js";

const MAX_TIMES = 3;

interface Time {
  /** Stable across removals, so React keeps each row's inputs with it. */
  key: number;
  date: string;
  time: string;
}

interface ProposeFormProps {
  obligation: JointDueRow;
  window: DateWindow;
  report: Report;
}

/** When no slot fits: propose one to three times inside the window; the jobcentre answers. */
export function ProposeForm({ obligation, window, report }: ProposeFormProps) {
  const api = useApi();
  const id = useId();
  const [times, setTimes] = useState<Time[]>([{ key: 0, date: "", time: "" }]);
  const [nextKey, setNextKey] = useState(1);
  const propose = useMemberMutation(
    obligation.forloebId,
    JointProposeInput,
    (input) => api.joint.propose.mutate(input),
    {
      success: (proposal) => `Forslaget med ${proposal.times.length === 1 ? "ét tidspunkt" : `${proposal.times.length} tidspunkter`} er sendt til jobcentret.`,
      failure: "Forslaget kunne ikke sendes",
      onDone: () => {
        setTimes([{ key: nextKey, date: "", time: "" }]);
        setNextKey(nextKey + 1);
      },
    },
    report,
  );

  function change(key: number, field: "date" | "time", value: string) {
    setTimes(times.map((t) => (t.key === key ? { ...t, [field]: value } : t)));
  }

  function add() {
    setTimes([...times, { key: nextKey, date: "", time: "" }]);
    setNextKey(nextKey + 1);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    propose.submit(
      {
        forloebId: obligation.forloebId,
        rule: obligation.rule,
        occurrence: obligation.occurrence,
        times: times.map(({ date, time }) => ({ date, time })),
      },
      event.currentTarget,
    );
  }

  const listError = propose.errors["times"];
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Foreslå tider</h3>
      <p>
        Passer ingen af jobcentrets tider, kan du foreslå op til tre tidspunkter mellem {formatDanishShortDate(window.from)} og{" "}
        {formatDanishShortDate(window.to)}. Jobcentret accepterer ét af dem eller afviser forslaget med en begrundelse.
      </p>
      {times.map((t, i) => (
        <fieldset key={t.key}>
          <legend>Tidspunkt {i + 1}</legend>
          <Field
            label={`Dato for tidspunkt ${i + 1}`}
            type="date"
            min={window.from}
            max={window.to}
            value={t.date}
            onChange={(e) => change(t.key, "date", e.target.value)}
            error={propose.errors[`times.${i}.date`]}
          />
          <Field
            label={`Klokkeslæt for tidspunkt ${i + 1}`}
            type="time"
            value={t.time}
            onChange={(e) => change(t.key, "time", e.target.value)}
            error={propose.errors[`times.${i}.time`]}
          />
          {times.length > 1 ? (
            <button type="button" className="secondary" onClick={() => setTimes(times.filter((other) => other.key !== t.key))}>
              Fjern tidspunkt {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {listError ? (
        <p role="alert" className="field-error">
          {listError}
        </p>
      ) : null}
      {times.length < MAX_TIMES ? (
        <p>
          <button type="button" className="secondary" onClick={add}>
            Tilføj et tidspunkt
          </button>
        </p>
      ) : null}
      <FormSubmit error={null} busy={propose.busy} label="Send forslag til jobcentret" busyLabel="Sender …" />
    </form>
  );
}
