import { useQueryClient } from "@tanstack/react-query";
import { SlotWithdrawInput, type SlotListItem } from "@kontaktplan/schema";
import { formatDanishDateTime } from "@kontaktplan/ui";
import { useApi, useTRPC } from "../api.js";
import { useFormMutation } from "../components/useFormMutation.js";

/**
 * Withdraw a free slot, or every free slot still ahead in its weekly series, so no a-kasse is
 * offered it any more. Booked slots stay (the server says which).
 */
export function WithdrawSlot({ slot }: { slot: SlotListItem }) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { submit, busy, serverError, result, pendingInput } = useFormMutation(SlotWithdrawInput, (input) => api.slots.withdraw.mutate(input), {
    onSuccess: () => queryClient.invalidateQueries(trpc.slots.list.pathFilter()),
  });
  const when = formatDanishDateTime(slot.date, slot.time);
  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => submit({ slotId: slot.id, series: false })}>
        {busy && pendingInput?.series === false ? "Trækker tilbage …" : "Træk tilbage"}
        <span className="visually-hidden"> ({when})</span>
      </button>
      {slot.seriesId !== null ? (
        <>
          {" "}
          <button type="button" className="secondary" disabled={busy} onClick={() => submit({ slotId: slot.id, series: true })}>
            {busy && pendingInput?.series === true ? "Trækker tilbage …" : "Træk serien tilbage"}
            <span className="visually-hidden"> (de ledige tider fra {when})</span>
          </button>
        </>
      ) : null}
      {result && result.keptBooked.length > 0 ? (
        <p role="status">
          {result.keptBooked.length === 1
            ? "1 tid i serien er booket og blev ikke trukket tilbage."
            : `${result.keptBooked.length} tider i serien er booket og blev ikke trukket tilbage.`}
        </p>
      ) : null}
      {serverError ? (
        <p role="alert" className="error-box">
          {serverError}
        </p>
      ) : null}
    </>
  );
}
