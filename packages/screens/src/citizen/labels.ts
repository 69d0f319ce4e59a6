import type { AnmodningBy, SamtaleForm, Visitation } from "@kontaktplan/schema";

export const FORM_LABEL: Record<SamtaleForm, string> = {
  fremmoede: "Fremmøde",
  telefon: "Telefon",
  video: "Video",
  digital: "Digital",
};

/** Who can take part in a meeting, as the API stores them. */
export const PARTICIPANT_LABEL = { borger: "Borgeren", jobcenter: "Jobcentret", akasse: "A-kassen" } as const;

export const VISITATION_LABEL: Record<Visitation, string> = {
  jobparat: "Jobparat",
  aktivitetsparat: "Aktivitetsparat",
  uddannelsesparat: "Uddannelsesparat",
  aabenlyst_uddannelsesparat: "Åbenlyst uddannelsesparat",
};

/** Who asked for a meeting (anmodning). */
export const ANMODNING_BY_LABEL: Record<AnmodningBy, string> = {
  borger: "Borgeren",
  jobcenter: "Jobcentret",
};

/** "kontanthjælp" → "Kontanthjælp", for choices that start a line. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
