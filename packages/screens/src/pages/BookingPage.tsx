import { useId, useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { JointDueRow, JointMember } from "@kontaktplan/schema";
import { JOINT_RULE_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { errorCode } from "../errors.js";
import { memberHref, type Route } from "../route.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { CvForm } from "../akasse/CvForm.js";
import { HeldMeetings } from "../akasse/HeldMeetings.js";
import { MemberFacts } from "../akasse/MemberFacts.js";
import { ObligationActions } from "../akasse/ObligationActions.js";
import { OptOutForm } from "../akasse/OptOutForm.js";
import { OtherObligations } from "../akasse/OtherObligations.js";
import { OutcomeMessage, type Outcome } from "../akasse/outcome.js";
import { ProposalList } from "../akasse/ProposalList.js";
import "../akasse/akasse.css";

type BookingRoute = Extract<Route, { page: "booking" }>;

/**
 * One member and one joint deadline: book or propose a time, move or cancel the booking, fetch it
 * for the calendar, see the jobcentre's answers, record the CV-samtale and the member's opt-out.
 * Another a-kasse's member is simply not found (the API answers NOT_FOUND across tenants).
 */
export default function BookingPage({ route }: { route: BookingRoute }) {
  const trpc = useTRPC();
  const member = useQuery(trpc.joint.member.queryOptions({ forloebId: route.forloebId }));
  if (member.isPending) return <Loading what="medlemmet" />;
  if (member.isError) {
    const code = errorCode(member.error);
    return code === "NOT_FOUND" || code === "BAD_REQUEST" ? <NotFound /> : <ErrorMessage error={member.error} />;
  }
  const obligation = member.data.obligations.find((o) => o.rule === route.rule && o.occurrence === route.occurrence);
  if (!obligation) return <NotFound />;
  // A page of its own per deadline: moving to another one starts with fresh forms and no old outcome.
  return <MemberPage key={`${obligation.rule}:${obligation.occurrence}`} member={member.data} obligation={obligation} />;
}

function NotFound() {
  return (
    <>
      <h1>Ikke fundet</h1>
      <p>
        Medlemmet eller fællessamtalen blev ikke fundet blandt dine medlemmer. <a href="#/">Tilbage til fællessamtaler</a>.
      </p>
    </>
  );
}

function MemberPage({ member, obligation }: { member: JointMember; obligation: JointDueRow }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const section = (key: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <h2 id={`${id}-${key}`}>{title}</h2>
      {body}
    </section>
  );
  return (
    <>
      <h1>
        Fællessamtale for {member.name}: {JOINT_RULE_LABEL[obligation.rule].toLowerCase()}
      </h1>
      <p>
        <a href="#/">Tilbage til fællessamtaler</a> · <a href={memberHref(member.forloebId)}>Medlemmets side med a-kassens egne jobsamtaler</a>
      </p>
      <MemberFacts member={member} obligation={obligation} />
      <OutcomeMessage outcome={outcome} />
      {section("booking", "Booking", <ObligationActions member={member} obligation={obligation} report={setOutcome} />)}
      {section("proposals", "Forslag og jobcentrets svar", <ProposalList member={member} obligation={obligation} report={setOutcome} />)}
      {section("cv", "CV-samtale", <CvForm member={member} report={setOutcome} />)}
      {section("optout", "A-kassens deltagelse", <OptOutForm member={member} report={setOutcome} />)}
      {section("others", "Medlemmets andre frister", <OtherObligations member={member} current={obligation} />)}
      {section("held", "Afholdte fællessamtaler og referater", <HeldMeetings member={member} />)}
    </>
  );
}
