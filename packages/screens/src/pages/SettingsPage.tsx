import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMutation } from "@tanstack/react-query";
import { RULE_SETS, type Me, type RuleSet } from "@kontaktplan/schema";
import { useApi, useTRPC } from "../api.js";
import { errorMessage } from "../errors.js";
import { ErrorMessage, Loading } from "../components/QueryState.js";
import { RULE_SET_LABEL } from "@kontaktplan/ui";

/** The rule set in force: nationally for the system admin, for the own kommune for a jobcentre admin. */
export default function SettingsPage({ user }: { user: Me }) {
  const api = useApi();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setting = useQuery(trpc.settings.get.queryOptions());
  const save = useMutation({
    mutationFn: (ruleSet: RuleSet) => api.settings.setRuleSet.mutate({ ruleSet }),
    onSuccess: (result) => queryClient.setQueryData(trpc.settings.get.queryKey(), result),
  });
  const national = user.role === "system_admin";
  return (
    <>
      <h1>Indstillinger</h1>
      <h2>{national ? "Regelsæt for hele landet" : `Regelsæt for ${user.organisation?.name ?? "kommunen"}`}</h2>
      {setting.isPending ? <Loading what="indstillingerne" /> : null}
      {setting.isError ? <ErrorMessage error={setting.error} /> : null}
      {setting.data ? (
        <>
          <p>
            I kraft nu: <strong>{RULE_SET_LABEL[setting.data.ruleSet]}</strong>
            {setting.data.scope === "kommune" ? " (kommunens eget valg)" : " (landsdækkende)"}.
          </p>
          <fieldset>
            <legend>Vælg regelsæt</legend>
            {RULE_SETS.map((r) => (
              <button key={r} type="button" aria-pressed={setting.data.ruleSet === r} disabled={save.isPending} onClick={() => save.mutate(r)}>
                {RULE_SET_LABEL[r]}
              </button>
            ))}
          </fieldset>
          {save.isError ? (
            <p role="alert" className="error-box">
              {errorMessage(save.error)}
            </p>
          ) : null}
          {save.isSuccess ? (
            <p role="status" className="success-box">
              Regelsættet er gemt.
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
