import { useQuery } from "@tanstack/react-query";
import { formatDanishDate, maskCpr, ObligationList, Timeline } from "@kontaktplan/ui";
import { api } from "../trpc.js";
import { errorCode } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { citizenKey } from "../citizen/key.js";
import { MeetingsTable } from "../citizen/MeetingsTable.js";
import { PlanMeetingForm } from "../citizen/PlanMeetingForm.js";
import { PlanSuggestions } from "../citizen/PlanSuggestions.js";
import { YDELSE_LABEL } from "../citizen/labels.js";

/** One citizen: per forløb the timeline and the obligations with their legal basis; the plan; meetings and actions. */
export default function CitizenPage({ citizenId }: { citizenId: string }) {
  const detail = useQuery({ queryKey: citizenKey(citizenId), queryFn: () => api.citizen.get.query({ citizenId }) });
  if (detail.isPending) return <Loading what="borgeren" />;
  if (detail.isError) {
    return errorCode(detail.error) === "NOT_FOUND" || errorCode(detail.error) === "BAD_REQUEST" ? (
      <>
        <h1>Borgeren blev ikke fundet</h1>
        <ErrorMessage error={detail.error} title="Ikke fundet" />
      </>
    ) : (
      <ErrorMessage error={detail.error} />
    );
  }
  const { citizen, forloeb, meetings, evaluation, plan, asOf } = detail.data;
  const current = forloeb.at(-1);
  return (
    <>
      <h1>{citizen.name}</h1>
      <p>
        CPR {maskCpr(citizen.cpr)} · Beregnet {formatDanishDate(asOf)} efter regelsættet{" "}
        {detail.data.ruleSet === "forenklet" ? "forenklet kontaktforløb" : "LAB"}
      </p>
      {evaluation.warnings.length > 0 ? (
        <ul className="warnings" aria-label="Advarsler">
          {evaluation.warnings.map((w) => (
            <li key={`${w.forloebId}:${w.code}:${w.anmodningId ?? ""}`}>{w.message}</li>
          ))}
        </ul>
      ) : null}
      {[...forloeb].reverse().map((f) => {
        const title = `Forløb på ${YDELSE_LABEL[f.ydelse]} fra ${formatDanishDate(f.start)}`;
        return (
          <section key={f.id} aria-labelledby={`forloeb-${f.id}`}>
            <h2 id={`forloeb-${f.id}`}>{title}</h2>
            <Timeline
              forloeb={f}
              obligations={evaluation.obligations.filter((o) => o.forloebId === f.id)}
              meetings={meetings.filter((m) => m.forloebId === f.id)}
              asOf={asOf}
              title={`Tidslinje: ${title}`}
            />
            <h3>Samtalekrav</h3>
            <ObligationList obligations={evaluation.obligations.filter((o) => o.forloebId === f.id)} headingLevel={4} />
          </section>
        );
      })}
      <section aria-labelledby="plan">
        <h2 id="plan">Forslag til plan</h2>
        <PlanSuggestions plan={plan} />
      </section>
      <section aria-labelledby="samtaler">
        <h2 id="samtaler">Samtaler</h2>
        <MeetingsTable citizenId={citizen.id} meetings={meetings} asOf={asOf} />
      </section>
      {current ? (
        <section aria-labelledby="planlaeg">
          <h2 id="planlaeg">Planlæg samtale</h2>
          <PlanMeetingForm citizenId={citizen.id} forloeb={current} asOf={asOf} />
        </section>
      ) : null}
    </>
  );
}
