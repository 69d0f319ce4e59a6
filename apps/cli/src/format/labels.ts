import type { MeetingHolder, RuleId, SuggestedMeeting } from "@kontaktplan/schema";

export const MEETING_KIND_NAMES: Readonly<Record<SuggestedMeeting["kind"], string>> = {
  individuel: "Individuel samtale",
  faelles: "Fællessamtale",
  akasse: "Jobsamtale i a-kassen",
};

export const HOLDER_NAMES: Readonly<Record<MeetingHolder, string>> = {
  jobcenter: "Jobcentret",
  akasse: "A-kassen",
};

/**
 * Short names for a table cell; the engine's own labels are full sentences meant for explanations.
 * `{k}` is the occurrence.
 */
const RULE_SHORT_NAMES: Readonly<Record<RuleId, string>> = {
  "first-meeting": "første samtale",
  "four-in-six-months": "4 samtaler i de første 6 mdr.",
  "joint-by-3-months": "fællessamtale inden 3 mdr.",
  "joint-by-6-months": "2 fællessamtaler inden 6 mdr.",
  "joint-by-16-months": "fællessamtale inden 16 mdr.",
  "requested-meeting": "samtale efter ønske nr. {k}",
  "monthly-first-6-months": "samtale i {k}. ledighedsmåned",
  "akasse-4-to-6-months": "samtale med a-kassen i 4.–6. md.",
  "quarterly-after-6-months": "kvartalssamtale nr. {k} efter 6 mdr.",
  "three-in-first-3-months": "3 samtaler i de første 3 mdr.",
  "four-per-12-months": "4 samtaler pr. 12 mdr. (periode {k})",
  "every-2-months": "samtale hver 2. md. (periode {k})",
  "every-3-months": "samtale hver 3. md. (periode {k})",
  "six-per-12-months": "6 samtaler pr. 12 mdr. (periode {k})",
  "six-in-6-months-after-3-5-years": "6 samtaler efter 3½ år",
  "every-4-weeks": "opfølgning hver 4. uge nr. {k}",
  "joint-3-to-6-months": "fællessamtale i 4.–6. md.",
  "akasse-first-meeting": "første jobsamtale i a-kassen",
  "akasse-three-in-3-months": "3 jobsamtaler i a-kassen i de første 3 mdr.",
  "jobcenter-three-by-6-months": "3 jobsamtaler i jobcentret i 4.–6. md.",
  "six-in-six-months": "6 jobsamtaler i de første 6 mdr.",
  "akasse-two-in-3-months": "2 jobsamtaler i a-kassen i de første 3 mdr.",
  "jobcenter-two-by-6-months": "2 jobsamtaler i jobcentret i 4.–6. md.",
};

export function ruleShortName(rule: RuleId, occurrence: number): string {
  return RULE_SHORT_NAMES[rule].replace("{k}", String(occurrence));
}
