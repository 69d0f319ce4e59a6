import type { Forloeb, TargetGroup } from "@kontaktplan/schema";

/**
 * Target groups are the rows of Tabel 1 and Tabel 2; their codes and Danish names live in
 * @kontaktplan/schema (browsers and the API need them without the engine). A forløb belongs to
 * exactly one; integrationsydelse outside the integrationsprogram joins its hjælpstype's row (seed, note 1).
 */
export { TARGET_GROUP_LABELS, type TargetGroup } from "@kontaktplan/schema";

export function targetGroupOf(f: Forloeb): TargetGroup {
  switch (f.ydelse) {
    case "kontanthjaelp":
    case "uddannelseshjaelp":
      return visitationGroup(f.ydelse, f.visitation);
    case "integrationsydelse":
      return f.iIntegrationsprogram || f.hjaelpstype == null ? "not-covered" : visitationGroup(f.hjaelpstype, f.visitation);
    case "sygedagpenge":
      return f.forventetFravaerOver8Uger ? "sygedagpenge" : "not-covered";
    case "dagpenge":
    case "ressourceforloeb":
    case "jobafklaringsforloeb":
    case "revalidering":
    case "ledighedsydelse":
    case "foertidspension":
      return f.ydelse;
    case "fleksjob":
    case "selvforsoergende":
    case "ingen":
      return "not-covered";
  }
}

function visitationGroup(hjaelp: "kontanthjaelp" | "uddannelseshjaelp", visitation: Forloeb["visitation"]): TargetGroup {
  if (hjaelp === "kontanthjaelp") {
    return visitation === "aktivitetsparat" ? "kontanthjaelp-aktivitetsparat" : "kontanthjaelp-jobparat";
  }
  if (visitation === "aktivitetsparat") return "uddannelseshjaelp-aktivitetsparat";
  return visitation === "aabenlyst_uddannelsesparat" ? "uddannelseshjaelp-aabenlyst" : "uddannelseshjaelp-uddannelsesparat";
}

/** Why a forløb outside the rules has no kontaktforløb (shown instead of an empty list). */
export function notCoveredReason(f: Forloeb): string {
  switch (f.ydelse) {
    case "fleksjob":
      return "Personer i fleksjob er ikke ledige og har intet kontaktforløb (Tabel 1, note).";
    case "selvforsoergende":
      return "Der er ikke regler for kontaktforløb for selvforsørgende (Tabel 1, note).";
    case "ingen":
      return "Der er ikke regler for kontaktforløb for personer uden ydelse, fx unge under 18 år og dimittender med handicap (Tabel 1, note).";
    case "sygedagpenge":
      return "Sygedagpengemodtagere har kun kontaktforløb, når sygefraværet forventes at vare mere end 8 uger.";
    case "integrationsydelse":
      return "Integrationsydelsesmodtagere i integrationsprogrammet er ikke omfattet af reglerne (Forenklet kontaktforløb, note 1).";
    default:
      return "Forløbet er ikke omfattet af reglerne for kontaktforløb.";
  }
}
