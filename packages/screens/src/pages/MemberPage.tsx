import { useId, useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { JointMember } from "@kontaktplan/schema";
import { formatDanishShortDate } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { errorCode } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { AkasseCourse } from "../akasse/AkasseCourse.js";
import { AkasseMeetings } from "../akasse/AkasseMeetings.js";
import { AkassePlanForm } from "../akasse/AkassePlanForm.js";
import { CvForm } from "../akasse/CvForm.js";
import { OtherObligations } from "../akasse/OtherObligations.js";
import { OutcomeMessage, type Outcome } from "../akasse/outcome.js";
import "../akasse/akasse.css";

/**
 * One member's dagpenge forløb as the a-kasse runs it: its own jobsamtaler (deadlines, suggested
 * dates, the meetings with what can be done to them, planning one, the CV-samtale) and the
 * fællessamtaler with the jobcentre, each leading to its booking page. Another a-kasse's member is
 * simply not found.
 */
export default function MemberPage({ forloebId }: { forloebId: string }) {
  const trpc = useTRPC();
  const member = useQuery(trpc.joint.member.queryOptions({ forloebId }));
  if (member.isPending) return <Loading what="medlemmet" />;
  if (member.isError) {
    const code = errorCode(member.error);
    return code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
      <>
        <h1>Ikke fundet</h1>
        <p>
          Medlemmet blev ikke fundet blandt dine medlemmer. <a href="#/">Tilbage til fristerne</a>.
        </p>
      </>
    ) : (
      <ErrorMessage error={member.error} />
    );
  }
  return <Member member={member.data} />;
}

function Member({ member }: { member: JointMember }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const section = (key: string, title: string, body: ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <h2 id={`${id}-${key}`}>{title}</h2>
      {body}
    </section>
  );
  const cvDates = member.meetings.filter((m) => m.kind === "cv" && m.status === "afholdt").map((m) => m.date);
  return (
    <>
      <h1>{member.name}</h1>
      <p>
        <a href="#/">Tilbage til fristerne</a>
      </p>
      <dl className="facts">
        <dt>Medlem</dt>
        <dd>
          {member.name} ({member.cprMasked})
        </dd>
        <dt>Dagpengeforløb</dt>
        <dd>
          fra {formatDanishShortDate(member.start)}
          {member.end ? ` til ${formatDanishShortDate(member.end)}` : ""}
        </dd>
        <dt>CV-samtale</dt>
        <dd>{cvDates.length > 0 ? `Holdt ${cvDates.map(formatDanishShortDate).join(", ")}` : "Ikke registreret"}</dd>
      </dl>
      <OutcomeMessage outcome={outcome} />
      {section(
        "own",
        "A-kassens egne jobsamtaler",
        <>
          <AkasseCourse member={member} />
          <h3>Samtaler</h3>
          <AkasseMeetings member={member} report={setOutcome} />
          <h3>Planlæg jobsamtale</h3>
          <AkassePlanForm member={member} report={setOutcome} />
          <h3>CV-samtale</h3>
          <CvForm member={member} report={setOutcome} />
        </>,
      )}
      {section("joint", "Fællessamtaler med jobcentret", <OtherObligations member={member} current={null} />)}
    </>
  );
}
