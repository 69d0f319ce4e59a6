/**
 * Target groups (målgrupper): the rows of Tabel 1 and Tabel 2. The rules engine decides which one a
 * forløb belongs to; the codes and their Danish names live here so browsers can filter by them
 * and the API can validate them without loading the engine.
 */
export const TARGET_GROUPS = [
  "dagpenge",
  "kontanthjaelp-jobparat",
  "kontanthjaelp-aktivitetsparat",
  "uddannelseshjaelp-uddannelsesparat",
  "uddannelseshjaelp-aabenlyst",
  "uddannelseshjaelp-aktivitetsparat",
  "sygedagpenge",
  "ressourceforloeb",
  "jobafklaringsforloeb",
  "revalidering",
  "ledighedsydelse",
  "foertidspension",
  "not-covered",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  dagpenge: "Dagpengemodtagere",
  "kontanthjaelp-jobparat": "Kontanthjælpsmodtagere, jobparate",
  "kontanthjaelp-aktivitetsparat": "Kontanthjælpsmodtagere, aktivitetsparate",
  "uddannelseshjaelp-uddannelsesparat": "Uddannelseshjælpsmodtagere, uddannelsesparate",
  "uddannelseshjaelp-aabenlyst": "Uddannelseshjælpsmodtagere, åbenlyst uddannelsesparate",
  "uddannelseshjaelp-aktivitetsparat": "Uddannelseshjælpsmodtagere, aktivitetsparate",
  sygedagpenge: "Sygedagpengemodtagere",
  ressourceforloeb: "Ressourceforløb",
  jobafklaringsforloeb: "Jobafklaringsforløb",
  revalidering: "Revalidender",
  ledighedsydelse: "Ledighedsydelsesmodtagere",
  foertidspension: "Førtidspensionister",
  "not-covered": "Uden for kontaktforløbsreglerne",
};

export function isTargetGroup(code: string): code is TargetGroup {
  return (TARGET_GROUPS as readonly string[]).includes(code);
}
