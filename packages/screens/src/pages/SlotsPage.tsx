import type { Me } from "@kontaktplan/schema";
import { dayNumber, isoOfDay } from "@kontaktplan/ui";
import { ProposalList } from "../jobcentre/ProposalList.js";
import { SlotList } from "../jobcentre/SlotList.js";
import { SlotPublishForm } from "../jobcentre/SlotPublishForm.js";
import { copenhagenToday } from "@kontaktplan/rules/dates";

/** Jobcentre: publish free times for fællessamtaler, answer the a-kasser's proposals, see the bookings. */
export default function SlotsPage({ user }: { user: Me }) {
  const today = copenhagenToday(new Date());
  return (
    <>
      <h1>Tider til fællessamtaler</h1>
      <p>Udbyd ledige tider, som a-kasserne kan booke fællessamtaler i, og svar på a-kassernes forslag, når ingen af tiderne passer.</p>
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">Udbyd ledige tider</h2>
        <SlotPublishForm defaultDate={isoOfDay(dayNumber(today) + 1)} />
      </section>
      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">Forslag fra a-kasser</h2>
        <ProposalList />
      </section>
      <section aria-labelledby="slots-heading">
        <h2 id="slots-heading">Tider og bookinger</h2>
        <SlotList today={today} userId={user.id} mineFirst={user.role === "sagsbehandler"} />
      </section>
    </>
  );
}
