import type { SamtaleForm, Ydelse } from "@kontaktplan/schema";

export const YDELSE_LABEL: Record<Ydelse, string> = {
  dagpenge: "dagpenge",
  kontanthjaelp: "kontanthjælp",
  uddannelseshjaelp: "uddannelseshjælp",
  integrationsydelse: "integrationsydelse",
  sygedagpenge: "sygedagpenge",
  ressourceforloeb: "ressourceforløb",
  jobafklaringsforloeb: "jobafklaringsforløb",
  revalidering: "revalidering",
  ledighedsydelse: "ledighedsydelse",
  foertidspension: "førtidspension",
  fleksjob: "fleksjob",
  selvforsoergende: "selvforsørgelse",
  ingen: "ingen ydelse",
};

export const FORM_LABEL: Record<SamtaleForm, string> = {
  fremmoede: "Fremmøde",
  telefon: "Telefon",
  video: "Video",
  digital: "Digital",
};

/** Who can take part in a meeting, as the API stores them. */
export const PARTICIPANT_LABEL = { borger: "Borgeren", jobcenter: "Jobcentret", akasse: "A-kassen" } as const;
