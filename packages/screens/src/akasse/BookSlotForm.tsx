import { useId, useState, type FormEvent } from "react";
import { JointBookInput, type JointDueRow } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi } from "../api.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { SlotChoice } from "./SlotChoice.js";
import { useFreeSlots } from "./useFreeSlots.js";
import { useMemberMutation } from "./useMemberMutation.js";
import type { Report } from "./outcome.js";
import type { DateWindow } from "./windows.js";

interface BookSlotFormProps {
  obligation: JointDueRow;
  window: DateWindow;
  /** The deadline has an unanswered proposal, which a booking withdraws. */
  withdrawsProposal: boolean;
  report: Report;
}

/** Book one of the jobcentre's free slots inside the obligation's window. */
export function BookSlotForm({ obligation, window, withdrawsProposal, report }: BookSlotFormProps) {
  const api = useApi();
  const id = useId();
  const slots = useFreeSlots(obligation.forloebId, window);
  const [slotId, setSlotId] = useState<string | null>(null);
  const book = useMemberMutation(
    obligation.forloebId,
    JointBookInput,
    (input) => api.joint.book.mutate(input),
    {
      success: ({ meeting, withdrawnProposalIds }) =>
        `Fællessamtalen er booket ${formatDanishDateTime(meeting.date, meeting.time)}.` +
        (withdrawnProposalIds.length > 0 ? " Det ubesvarede forslag til denne frist er trukket tilbage." : ""),
      failure: "Tiden kunne ikke bookes",
    },
    report,
  );

  // A slot taken meanwhile drops out of the reloaded list, and out of the choice with it.
  const chosen = slots.data?.some((s) => s.id === slotId) ? slotId : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    book.submit(
      { forloebId: obligation.forloebId, rule: obligation.rule, occurrence: obligation.occurrence, slotId: chosen ?? undefined },
      event.currentTarget,
    );
  }

  if (slots.isPending) return <Loading what="ledige tider" />;
  if (slots.isError) return <ErrorMessage error={slots.error} title="De ledige tider kunne ikke hentes" />;
  if (slots.data.length === 0) return <p>Jobcentret har ingen ledige tider inden for vinduet. Foreslå i stedet nogle tider herunder.</p>;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Book en ledig tid</h3>
      {withdrawsProposal ? <p>Booker du en af jobcentrets ledige tider, trækkes det ubesvarede forslag til denne frist tilbage.</p> : null}
      <SlotChoice legend="Ledige tider inden for vinduet" slots={slots.data} value={chosen} onChange={setSlotId} error={book.errors["slotId"]} />
      <FormSubmit error={null} busy={book.busy} label="Bekræft booking" busyLabel="Booker …" />
    </form>
  );
}
