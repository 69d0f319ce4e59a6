import { useCallback } from "react";
import { useQuery } from "@tanstack/react-query";
import type { CitizenDetail, RuleSet } from "@kontaktplan/schema";
import { adjacentForloeb, formatDanishDate, maskCpr, ObligationList, RULE_SET_LABEL, Timeline, YDELSE_LABEL } from "@kontaktplan/ui";
import { useTRPC } from "../api.js";
import { errorCode } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { ChangeBenefitForm } from "../citizen/ChangeBenefitForm.js";
import { ForloebDates } from "../citizen/ForloebDates.js";
import { NewForloebForm } from "../citizen/NewForloebForm.js";
import { MeetingsTable } from "../citizen/MeetingsTable.js";
import { PauseForm } from "../citizen/PauseForm.js";
import { PauseList } from "../citizen/PauseList.js";
import { PlanMeetingForm } from "../citizen/PlanMeetingForm.js";
import { PlanSuggestions } from "../citizen/PlanSuggestions.js";
import { RegimeFlagsForm, regimeFlagsOf } from "../citizen/RegimeFlagsForm.js";
import { RequestForm } from "../citizen/RequestForm.js";
import { RequestList } from "../citizen/RequestList.js";
import { otherRuleSet, RuleSetChoice } from "../citizen/RuleSetChoice.js";
import { hashParams, hashWith, useHashState } from "../hash-state.js";
import { citizenHref } from "../route.js";

/** The comparison with the other rule set is part of the address ("?sammenlign=1"), so it survives a reload and the back button. */
const parseComparing = (hash: string): boolean => hashParams(hash).get("sammenlign") === "1";

function useCitizen(citizenId: string, ruleSet: RuleSet | null, enabled = true) {
  const trpc = useTRPC();
  return useQuery(trpc.citizen.get.queryOptions(ruleSet === null ? { citizenId } : { citizenId, ruleSet }, { enabled }));
}

/**
 * One citizen: per forløb the timeline and the obligations with their legal basis (under the rule
 * set in force, or the other one for comparison); the plan; meetings and every action on them.
 */
export default function CitizenPage({ citizenId }: { citizenId: string }) {
  const formatComparing = useCallback(
    (comparing: boolean) => hashWith(citizenHref(citizenId), new URLSearchParams(comparing ? { sammenlign: "1" } : {})),
    [citizenId],
  );
  const [comparing, setComparing] = useHashState(parseComparing, formatComparing);
  const inForce = useCitizen(citizenId, null);
  const other = inForce.data ? otherRuleSet(inForce.data.ruleSet) : null;
  const compared = useCitizen(citizenId, other, comparing && other !== null);

  if (inForce.isPending) return <Loading what="borgeren" />;
  if (inForce.isError) {
    return errorCode(inForce.error) === "NOT_FOUND" || errorCode(inForce.error) === "BAD_REQUEST" ? (
      <>
        <h1>Borgeren blev ikke fundet</h1>
        <ErrorMessage error={inForce.error} title="Ikke fundet" />
      </>
    ) : (
      <ErrorMessage error={inForce.error} />
    );
  }
  const { citizen, forloeb, meetings, requests, asOf, ruleSet } = inForce.data;
  const current = forloeb.at(-1);
  return (
    <>
      <h1>{citizen.name}</h1>
      <p>
        CPR {maskCpr(citizen.cpr)} · Beregnet {formatDanishDate(asOf)} efter det gældende regelsæt, {RULE_SET_LABEL[ruleSet]}
      </p>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          Udskriv plan og historik
        </button>
      </p>
      <RuleSetChoice inForce={ruleSet} comparing={comparing} onChange={(next) => setComparing(() => next)} />
      {comparing ? (
        compared.data ? (
          <>
            <p role="status" className="notice">
              Til sammenligning: samtalekravene, tidslinjerne og forslaget til plan herunder er beregnet efter {RULE_SET_LABEL[compared.data.ruleSet]}. Det
              gældende regelsæt er {RULE_SET_LABEL[ruleSet]}.
            </p>
            <Evaluation detail={compared.data} />
          </>
        ) : compared.isError ? (
          <ErrorMessage error={compared.error} />
        ) : (
          <Loading what={`samtalekravene efter ${other ? RULE_SET_LABEL[other] : "det andet regelsæt"}`} />
        )
      ) : (
        <Evaluation detail={inForce.data} />
      )}
      <section aria-labelledby="samtaler">
        <h2 id="samtaler">Samtaler</h2>
        <MeetingsTable citizenId={citizen.id} meetings={meetings} asOf={asOf} />
      </section>
      {current ? (
        <section aria-labelledby="handlinger" className="no-print">
          <h2 id="handlinger">
            Handlinger for forløbet på {YDELSE_LABEL[current.ydelse]} fra {formatDanishDate(current.start)}
          </h2>
          <section aria-labelledby="planlaeg" className="action">
            <h3 id="planlaeg">Planlæg samtale</h3>
            <PlanMeetingForm citizenId={citizen.id} forloeb={current} asOf={asOf} />
          </section>
          <section aria-labelledby="anmodninger" className="action">
            <h3 id="anmodninger">Anmodninger om samtale</h3>
            <RequestList citizenId={citizen.id} requests={requests.filter((r) => r.forloebId === current.id)} />
          </section>
          <section aria-labelledby="anmodning" className="action">
            <h3 id="anmodning">Registrér anmodning om samtale</h3>
            <RequestForm citizenId={citizen.id} forloeb={current} asOf={asOf} />
          </section>
          <section aria-labelledby="pauser" className="action">
            <h3 id="pauser">Pauser</h3>
            <PauseList citizenId={citizen.id} forloeb={current} />
          </section>
          <section aria-labelledby="pause" className="action">
            <h3 id="pause">Registrér pause</h3>
            <PauseForm citizenId={citizen.id} forloeb={current} />
          </section>
          {regimeFlagsOf(current).length > 0 ? (
            <section aria-labelledby="forhold" className="action">
              <h3 id="forhold">Forhold, der ændrer samtalekravene</h3>
              <RegimeFlagsForm key={current.id} citizenId={citizen.id} forloeb={current} />
            </section>
          ) : null}
          <section aria-labelledby="ydelsesskift" className="action">
            <h3 id="ydelsesskift">Registrér ydelsesskift</h3>
            <ChangeBenefitForm citizenId={citizen.id} forloeb={current} asOf={asOf} />
          </section>
          {current.end ? (
            <section aria-labelledby="nytforloeb" className="action">
              <h3 id="nytforloeb">Opret nyt forløb</h3>
              <NewForloebForm citizenId={citizen.id} last={current} asOf={asOf} />
            </section>
          ) : null}
          <section aria-labelledby="datoer" className="action">
            <h3 id="datoer">Forløbenes datoer</h3>
            <ForloebDates citizenId={citizen.id} forloeb={forloeb} />
          </section>
        </section>
      ) : (
        <section aria-labelledby="nytforloeb" className="no-print">
          <h2 id="nytforloeb">Opret forløb</h2>
          <p>Borgeren har intet forløb endnu.</p>
          <NewForloebForm citizenId={citizen.id} asOf={asOf} />
        </section>
      )}
    </>
  );
}

/** What the rules say under one rule set: warnings, each forløb's timeline and obligations, and the suggested plan. */
function Evaluation({ detail }: { detail: CitizenDetail }) {
  const { forloeb, meetings, evaluation, plan, asOf, handovers } = detail;
  return (
    <>
      {evaluation.warnings.length > 0 ? (
        <ul className="warnings" aria-label="Advarsler">
          {evaluation.warnings.map((w) => (
            <li key={`${w.forloebId}:${w.code}:${w.anmodningId ?? ""}`}>{w.message}</li>
          ))}
        </ul>
      ) : null}
      {[...forloeb].reverse().map((f) => {
        const title = `Forløb på ${YDELSE_LABEL[f.ydelse]} fra ${formatDanishDate(f.start)}`;
        const obligations = evaluation.obligations.filter((o) => o.forloebId === f.id);
        return (
          <section key={f.id} aria-labelledby={`forloeb-${f.id}`}>
            <h2 id={`forloeb-${f.id}`}>
              {title}
              {f.end ? ` til ${formatDanishDate(f.end)}` : ""}
            </h2>
            <Timeline
              forloeb={f}
              {...adjacentForloeb(forloeb, f.id)}
              obligations={obligations}
              meetings={meetings.filter((m) => m.forloebId === f.id)}
              asOf={asOf}
              handover={handovers.find((h) => h.forloebId === f.id)?.date}
              title={`Tidslinje: ${title}`}
            />
            <h3>Samtalekrav efter {RULE_SET_LABEL[detail.ruleSet]}</h3>
            <ObligationList obligations={obligations} forloeb={f} headingLevel={4} />
          </section>
        );
      })}
      <section aria-labelledby="plan">
        <h2 id="plan">Forslag til plan</h2>
        <PlanSuggestions plan={plan} />
      </section>
    </>
  );
}
