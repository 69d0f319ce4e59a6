import { useId, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { JointDecideInput, type JointProposal } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi, useTRPC } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import { useFormMutation } from "../components/useFormMutation.js";

/**
 * Accept one of a pending proposal's times (it becomes the fællessamtale), or decline it with a
 * reason. Once answered it leaves the pending list, so `onDecided` reports the answer first.
 */
export function ProposalDecision({ proposal, onDecided }: { proposal: JointProposal; onDecided: (answer: JointProposal) => void }) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const decided = async (answer: JointProposal) => {
    onDecided(answer);
    await Promise.all([queryClient.invalidateQueries(trpc.joint.proposals.pathFilter()), queryClient.invalidateQueries(trpc.slots.list.pathFilter())]);
  };
  const decide = (input: JointDecideInput) => api.joint.decide.mutate(input);
  const accept = useFormMutation(JointDecideInput, decide, { onSuccess: decided });
  const decline = useFormMutation(JointDecideInput, decide, { onSuccess: decided });
  const [timeIndex, setTimeIndex] = useState<number | null>(null);
  const id = useId();

  function onAccept(event: FormEvent) {
    event.preventDefault();
    accept.submit({ proposalId: proposal.id, decision: "accept", timeIndex: timeIndex ?? undefined });
  }
  function onDecline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    decline.submit({ proposalId: proposal.id, decision: "decline", reason: new FormData(event.currentTarget).get("reason") });
  }

  const timeError = accept.errors["timeIndex"];
  const reasonError = decline.errors["reason"];
  return (
    <div className="proposal__actions">
      <form onSubmit={onAccept} noValidate>
        <fieldset aria-describedby={timeError ? `${id}-time-error` : undefined}>
          <legend>Vælg et af a-kassens tidspunkter</legend>
          {proposal.times.map((t, i) => (
            <div key={t.startsAt} className="radio">
              <input type="radio" id={`${id}-time-${i}`} name="time" checked={timeIndex === i} onChange={() => setTimeIndex(i)} />
              <label htmlFor={`${id}-time-${i}`}>{formatDanishDateTime(t.date, t.time)}</label>
            </div>
          ))}
          {timeError ? (
            <p id={`${id}-time-error`} className="field-error">
              {timeError}
            </p>
          ) : null}
        </fieldset>
        <FormSubmit error={accept.serverError} busy={accept.busy} label="Acceptér tidspunktet" busyLabel="Accepterer …" />
      </form>
      <form onSubmit={onDecline} noValidate>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Begrundelse for afvisning</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          />
          {reasonError ? (
            <p id={`${id}-reason-error`} className="field-error">
              {reasonError}
            </p>
          ) : null}
        </div>
        <FormSubmit error={decline.serverError} busy={decline.busy} label="Afvis forslaget" busyLabel="Afviser …" />
      </form>
    </div>
  );
}
