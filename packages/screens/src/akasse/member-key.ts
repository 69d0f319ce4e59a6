/** One member's page data (`joint.member`); every change on the page reloads it. */
export function memberKey(forloebId: string) {
  return ["joint.member", forloebId] as const;
}

/** Free slots are listed per member and window; a change may free or take any of them. */
export const SLOTS_KEY = ["slots.list"] as const;
