import { useState, type FormEvent } from "react";
import { ComplianceQuery, parseWith } from "@kontaktplan/schema";
import { fieldErrors } from "../errors.js";
import { Field } from "../components/Field.js";

/** Only obligations whose deadline falls between two dates (either may be left empty). */
export function DueDateFilter({ onApply }: { onApply: (query: ComplianceQuery) => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => {
      const value = form.get(name);
      return value === "" || value === null ? undefined : value;
    };
    const parsed = parseWith(ComplianceQuery, { dueFrom: optional("dueFrom"), dueTo: optional("dueTo") });
    if (!parsed.ok) {
      setErrors(fieldErrors(parsed.errors));
      return;
    }
    setErrors({});
    onApply(parsed.value);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="filters">
      <Field label="Frister fra" name="dueFrom" type="date" error={errors["dueFrom"]} />
      <Field label="Frister til" name="dueTo" type="date" error={errors["dueTo"]} />
      <button type="submit">Vis</button>
    </form>
  );
}
