import type { RuleId } from "@kontaktplan/schema";
import { basis, carryOver, COVERED_EXCEPT_DAGPENGE, months } from "./common.js";
import type { TargetGroup } from "./groups.js";
import { LAB2024, LAB2024_TEXT } from "./lab2024.js";
import type { RegimeDefinition, RuleDefinition } from "./types.js";

/**
 * Lov nr. 1750 af 29.12.2025, "mere fleksible kontaktforløb", in force for kontaktforløb from
 * 1 July 2026. Its enacted §§ 31–32 were not available, so the minimums follow STAR's published
 * answers and every rule is provisional; where the 2026 minimum is not known the 2024 rule stays
 * (RULES.md §8: a meeting too many wrongs no citizen, a meeting too few might).
 */
export const LAB2026_TEXT = {
  minimums:
    "Inden for de første 6 måneder holder kommunerne jobsamtaler med mindst 75 pct. af dagpengemodtagere, jobparate kontanthjælpsmodtagere og ledighedsydelsesmodtagere.",
} as const;

/** STAR on the exemption (`undtaget`), which no rule cites but the exemption warning and quota do. */
export const EXEMPTION_TEXT = "kommunen kan undtage op til 25 pct. af personerne fra jobsamtaler og tilbud, som kommunen vurderer selv kan komme i job.";
export const EXEMPTION_CEILING = 0.25;

const STAR = "STAR om lov nr. 1750 af 29.12.2025";
const DAGPENGE_ROW = "Dagpengemodtagere (§ 6, nr. 1), ikke undtaget";

/** STAR's pool: the groups whose minimum counts a kommune may exempt up to 25 % of (`undtaget`). */
export const EXEMPTION_POOL: readonly TargetGroup[] = ["dagpenge", "kontanthjaelp-jobparat", "ledighedsydelse"];

const RULES: readonly RuleDefinition[] = [
  {
    id: "akasse-two-in-3-months",
    ruleSet: "lab2026",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: false, undtaget: false },
    window: { type: "benefit-period", from: null, to: months(3) },
    required: 2,
    kinds: "akasse",
    label: "2 jobsamtaler i a-kassen i de første 3 måneder",
    legalBasis: basis("lab2026", STAR, DAGPENGE_ROW, LAB2026_TEXT.minimums, true),
  },
  {
    id: "jobcenter-two-by-6-months",
    ruleSet: "lab2026",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: false, undtaget: false },
    window: { type: "benefit-period", from: months(3), to: months(6) },
    required: 2,
    kinds: "jobcenter",
    label: "2 jobsamtaler i jobcentret efter 3 og senest efter 6 måneders ledighed",
    legalBasis: basis("lab2026", STAR, DAGPENGE_ROW, LAB2026_TEXT.minimums, true),
  },
  {
    id: "six-in-six-months",
    ruleSet: "lab2026",
    groups: ["dagpenge"],
    when: { visiteretTilJobcenter: true, undtaget: false },
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 6,
    kinds: "jobcenter",
    label: "6 jobsamtaler i jobcentret i de første 6 måneder",
    // STAR gives no 2026 figure for this group: the 2024 minimum stays (conservative reading).
    legalBasis: basis(
      "lab2026",
      "LAB § 31, stk. 1",
      "Dagpengemodtagere visiteret til kontaktforløb i jobcentret (§ 27, stk. 3), ikke undtaget",
      LAB2024_TEXT.sixInSix,
      true,
    ),
  },
  {
    id: "four-in-six-months",
    ruleSet: "lab2026",
    groups: EXEMPTION_POOL.filter((g) => g !== "dagpenge"),
    when: { undtaget: false },
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 individuelle jobsamtaler i de første 6 måneder",
    legalBasis: basis("lab2026", STAR, "Jobparate kontanthjælpsmodtagere og ledighedsydelsesmodtagere, ikke undtaget", LAB2026_TEXT.minimums, true),
  },
  {
    id: "four-in-six-months",
    ruleSet: "lab2026",
    groups: COVERED_EXCEPT_DAGPENGE.filter((g) => g !== "sygedagpenge" && !EXEMPTION_POOL.includes(g)),
    window: { type: "benefit-period", from: null, to: months(6) },
    required: 4,
    kinds: "jobcenter",
    label: "4 individuelle jobsamtaler i de første 6 måneder",
    legalBasis: basis("lab2026", "LAB § 31, stk. 3", "Øvrige målgrupper med kontaktforløb (kan ikke undtages)", LAB2024_TEXT.othersFour, true),
  },
];

/** The 2024 rules whose minimum STAR does not change: first meetings, § 32, sygedagpenge, førtidspension. */
const REPLACED: ReadonlySet<RuleId> = new Set(["akasse-three-in-3-months", "jobcenter-three-by-6-months", "six-in-six-months"]);
const kept = LAB2024.rules.filter((r) => !REPLACED.has(r.id) && !(r.id === "four-in-six-months" && !r.groups.includes("sygedagpenge")));

/** Mere fleksible kontaktforløb: forløb starting from 1 July 2026 (provisional). */
export const LAB2026: RegimeDefinition = {
  regime: "lab2026",
  follows: "lab2024",
  changes:
    "Mere fleksible kontaktforløb (foreløbig: efter STAR's vejledning, da lovteksten ikke var tilgængelig): a-kassen holder 2 jobsamtaler i de første 3 måneder og jobcentret 2 inden 6 måneder. Kommunen kan efter en konkret vurdering undtage op til 25 % af dagpengemodtagere, jobparate kontanthjælpsmodtagere og ledighedsydelsesmodtagere fra minimumskravene. Første samtaler, 16-måneders samtalen og samtaler efter ønske gælder fortsat for alle.",
  warnsBeforeCv: false,
  akasseHoldsMonths: 3,
  rules: [...RULES, ...carryOver(kept, "lab2026", true)],
};
