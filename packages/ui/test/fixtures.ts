import type { ForloebRecord, MeetingRecord, Obligation } from "@kontaktplan/schema";

export const forloeb: ForloebRecord = {
  id: "f1",
  borgerId: "c1",
  ydelse: "dagpenge",
  start: "2025-01-06",
  end: "2025-09-30",
  pauses: [{ id: "p1", from: "2025-03-03", to: "2025-03-14", reason: "Arbejde" }],
  akasseId: "a1",
  version: 1,
};

export function obligation(over: Partial<Obligation>): Obligation {
  return {
    forloebId: "f1",
    rule: "joint-by-3-months",
    ruleSet: "forenklet",
    occurrence: 1,
    from: "2025-01-06",
    to: "2025-04-05",
    required: 1,
    kinds: ["faelles"],
    held: 0,
    status: "open",
    satisfiedBy: [],
    plannedBy: [],
    legalBasis: { ruleSet: "forenklet", source: "Tabel 2", row: "Dagpenge", text: "Fællessamtale senest efter 3 måneder" },
    explanation: "Første fællessamtale med a-kassen senest efter 3 måneders ledighed: 0 af 1 afholdt, frist 5. april 2025.",
    ...over,
  };
}

export function meeting(over: Partial<MeetingRecord>): MeetingRecord {
  return {
    id: "m1",
    forloebId: "f1",
    startsAt: "2025-02-03T08:30:00.000Z",
    date: "2025-02-03",
    time: "09:30",
    kind: "individuel",
    status: "afholdt",
    form: "fremmoede",
    participants: ["borger", "jobcenter"],
    cancelReason: null,
    note: null,
    version: 1,
    ...over,
  };
}
