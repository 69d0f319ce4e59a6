import { useState, type FormEvent } from "react";
import { ANMODNING_BY, RequestRef, RequestUpdateInput, type RequestRecord } from "@kontaktplan/schema";
import { formatDanishDate } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { Field } from "../components/Field.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { SelectField } from "./controls.js";
import { textValue } from "./form-values.js";
import { ANMODNING_BY_LABEL } from "./labels.js";
import { useCitizenMutation } from "./useCitizenMutation.js";

const BY_CHOICES = ANMODNING_BY.map((by) => ({ value: by, label: ANMODNING_BY_LABEL[by] }));

type Open = { id: string; action: "edit" | "remove" } | null;

/** The forløb's requests for a meeting, oldest first, each correctable or removable when registered by mistake. */
export function RequestList({ citizenId, requests }: { citizenId: string; requests: readonly RequestRecord[] }) {
  const [open, setOpen] = useState<Open>(null);
  if (requests.length === 0) return <p>Der er ikke registreret anmodninger om samtale i forløbet.</p>;
  const sorted = [...requests].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const close = () => setOpen(null);
  return (
    <table>
      <caption className="visually-hidden">Anmodninger om samtale</caption>
      <thead>
        <tr>
          <th scope="col">Dato</th>
          <th scope="col">Hvem bad om samtalen</th>
          <th scope="col">Handling</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id}>
            <th scope="row">{formatDanishDate(r.date)}</th>
            <td>{ANMODNING_BY_LABEL[r.by]}</td>
            <td>
              {open?.id === r.id && open.action === "edit" ? <EditRequestForm citizenId={citizenId} request={r} onClose={close} /> : null}
              {open?.id === r.id && open.action === "remove" ? <RemoveRequestForm citizenId={citizenId} request={r} onClose={close} /> : null}
              {open?.id !== r.id ? (
                <>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ id: r.id, action: "edit" })}
                    aria-label={`Ret anmodningen ${formatDanishDate(r.date)}`}
                  >
                    Ret
                  </button>{" "}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ id: r.id, action: "remove" })}
                    aria-label={`Fjern anmodningen ${formatDanishDate(r.date)}`}
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

function EditRequestForm({ citizenId, request, onClose }: { citizenId: string; request: RequestRecord; onClose: () => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, RequestUpdateInput, (input) => api.request.update.mutate(input), onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ requestId: request.id, date: textValue(form, "date"), by: textValue(form, "by") });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Ret anmodningen ${formatDanishDate(request.date)}`}>
      <Field label="Dato for anmodningen" name="date" type="date" defaultValue={request.date} error={errors["date"]} />
      <SelectField label="Hvem bad om samtalen?" name="by" choices={BY_CHOICES} defaultValue={request.by} error={errors["by"]} />
      <FormSubmit error={serverError ?? errors["requestId"]} busy={busy} label="Gem rettelsen" busyLabel="Gemmer …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}

/** Confirm first: the request's deadline goes with it. */
function RemoveRequestForm({ citizenId, request, onClose }: { citizenId: string; request: RequestRecord; onClose: () => void }) {
  const api = useApi();
  const { submit, errors, busy, serverError } = useCitizenMutation(citizenId, RequestRef, (input) => api.request.remove.mutate(input), onClose);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ requestId: request.id });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form" aria-label={`Fjern anmodningen ${formatDanishDate(request.date)}`}>
      <p>Fristen for samtalen, som anmodningen gav, forsvinder med den.</p>
      <FormSubmit error={serverError ?? errors["requestId"]} busy={busy} label="Bekræft: fjern anmodningen" busyLabel="Fjerner …" />{" "}
      <button type="button" className="secondary" onClick={onClose}>
        Fortryd
      </button>
    </form>
  );
}
