import { useId } from "react";
import type { RuleSet } from "@kontaktplan/schema";
import { RULE_SET_LABEL } from "@kontaktplan/ui";
import { capitalised } from "./labels.js";

/** The rule set other than `ruleSet`: what a comparison shows. */
export function otherRuleSet(ruleSet: RuleSet): RuleSet {
  return ruleSet === "lab" ? "forenklet" : "lab";
}

/** Show the obligations under the rule set in force, or under the other one for comparison. */
export function RuleSetChoice({ inForce, comparing, onChange }: { inForce: RuleSet; comparing: boolean; onChange: (comparing: boolean) => void }) {
  const id = useId();
  const other = otherRuleSet(inForce);
  return (
    <fieldset className="rule-set-choice">
      <legend>Vis samtalekrav efter</legend>
      <div className="radio">
        <input type="radio" id={`${id}-in-force`} name={`${id}-rule-set`} checked={!comparing} onChange={() => onChange(false)} />
        <label htmlFor={`${id}-in-force`}>Gældende regelsæt: {RULE_SET_LABEL[inForce]}</label>
      </div>
      <div className="radio">
        <input type="radio" id={`${id}-other`} name={`${id}-rule-set`} checked={comparing} onChange={() => onChange(true)} />
        <label htmlFor={`${id}-other`}>{capitalised(RULE_SET_LABEL[other])} (til sammenligning)</label>
      </div>
    </fieldset>
  );
}
