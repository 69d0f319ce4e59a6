/**
 * The API sends a rule's Danish label only as the first clause of its explanation
 * ("Første fællessamtale …: 0 af 1 afholdt …"); that clause is the obligation's title.
 */
export function ruleTitle(explanation: string): string {
  const colon = explanation.indexOf(":");
  return colon > 0 ? explanation.slice(0, colon) : explanation;
}
