import type { FormEvent } from "react";
import { SetOptOutInput, type JointMember } from "@kontaktplan/schema";
import { useApi } from "../api.js";
import { FormSubmit } from "../components/FormSubmit.js";
import type { Report } from "./outcome.js";
import { useMemberMutation } from "./useMemberMutation.js";

/**
 * The member declined (or no longer declines) the a-kasse's participation. Then an individual
 * meeting in the jobcentre also meets the joint deadlines (RULES.md §1, the ◊ rules).
 */
export function OptOutForm({ member, report }: { member: JointMember; report: Report }) {
  const api = useApi();
  const setOptOut = useMemberMutation(
    member.forloebId,
    SetOptOutInput,
    (input) => api.joint.setOptOut.mutate(input),
    {
      success: (state) =>
        state.akasseFravalgt
          ? "Det er registreret, at medlemmet har frabedt sig a-kassens deltagelse."
          : "Det er registreret, at a-kassen igen deltager i fællessamtalerne.",
      failure: "Ændringen kunne ikke gemmes",
    },
    report,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOptOut.submit({ forloebId: member.forloebId, optOut: !member.akasseFravalgt }, event.currentTarget);
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>
        {member.akasseFravalgt
          ? "Medlemmet har frabedt sig a-kassens deltagelse. En individuel samtale i jobcentret tæller derfor også som fællessamtale ved fristerne."
          : "Medlemmet har ikke frabedt sig a-kassens deltagelse: fristerne kræver fællessamtaler med jobcenter og a-kasse."}
      </p>
      <FormSubmit
        error={null}
        busy={setOptOut.busy}
        label={member.akasseFravalgt ? "Fortryd: a-kassen deltager igen" : "Registrér, at medlemmet har frabedt sig a-kassens deltagelse"}
        busyLabel="Gemmer …"
      />
    </form>
  );
}
