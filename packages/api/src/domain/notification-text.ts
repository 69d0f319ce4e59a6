/**
 * What a notification says, in Danish, and where it leads: built when it is read (the inbox) or
 * sent (e-mail) from its kind and details. An e-mail names nobody (the inbox does) and carries no
 * free text; neither ever holds a CPR number (none is ever stored with a notification).
 */
import { z } from "zod";
import { formatDanishWeekdayDate, parseDay } from "@kontaktplan/rules";
import { IsoDate, JointRule, type NotificationKind, type NotificationLink } from "@kontaktplan/schema";

const Moment = z.object({ date: IsoDate, time: z.string() });

/** A notification's details as stored (jsonb): codes, dates, names of organisations, a reason. */
export const NotificationDetails = z.object({
  /** The organisation whose action it reports (an a-kasse's or jobcentre's name). */
  by: z.string().optional(),
  /** The samtale's time; for a moved one, the time it had. */
  at: Moment.optional(),
  /** A moved samtale's new time. */
  to: Moment.optional(),
  /** A proposal's times. */
  times: z.array(Moment).optional(),
  /** Why it was moved, cancelled or declined (checked for CPR numbers on the way in). */
  reason: z.string().optional(),
  /** The member's forløb and the joint deadline, for the a-kasse's booking page. */
  forloebId: z.string().optional(),
  rule: JointRule.nullable().optional(),
  occurrence: z.number().int().min(1).nullable().optional(),
  /** A deadline's last day. */
  due: IsoDate.optional(),
});
export type NotificationDetails = z.infer<typeof NotificationDetails>;

export interface NotificationText {
  title: string;
  text: string;
}

/** Who acted, when the organisation's name was not recorded. */
const ACTOR: Record<NotificationKind, string> = {
  "booking.created": "A-kassen",
  "proposal.created": "A-kassen",
  "proposal.accepted": "Jobcentret",
  "proposal.declined": "Jobcentret",
  "booking.moved": "Den anden part",
  "booking.cancelled": "Den anden part",
  "deadline.due": "Kontaktplan",
};

const moment = (m: { date: string; time: string }) => `${formatDanishWeekdayDate(parseDay(m.date))} kl. ${m.time}`;

/**
 * The title and sentence of a notification. `who` is the citizen as the reader may see them: a
 * name in the inbox, or null (an e-mail, or a citizen the reader can no longer see), then a
 * neutral word. `withReason` adds the free-text reason (the inbox; never an e-mail).
 */
export function notificationText(kind: NotificationKind, details: NotificationDetails, who: string | null, withReason: boolean): NotificationText {
  const by = details.by ?? ACTOR[kind];
  const person = who ?? (kind === "deadline.due" ? "en af dine borgere" : "et medlem");
  const when = details.at ? ` ${moment(details.at)}` : "";
  const reason = withReason && details.reason ? ` Begrundelse: ${details.reason}` : "";
  switch (kind) {
    case "booking.created":
      return { title: "Ny booking af fællessamtale", text: `${by} har booket en fællessamtale med ${person}${when}.` };
    case "proposal.created": {
      const times = (details.times ?? []).map(moment).join(", ");
      return {
        title: "Nyt forslag til fællessamtale",
        text: `${by} foreslår ${details.times?.length === 1 ? "et tidspunkt" : "tidspunkter"} for en fællessamtale med ${person}${times ? `: ${times}` : ""}. Svar under Tider til fællessamtaler.`,
      };
    }
    case "proposal.accepted":
      return { title: "Forslag til fællessamtale accepteret", text: `${by} har accepteret en fællessamtale med ${person}${when}.` };
    case "proposal.declined":
      return { title: "Forslag til fællessamtale afvist", text: `${by} har afvist forslaget om en fællessamtale med ${person}.${reason}` };
    case "booking.moved": {
      const to = details.to ? ` til ${moment(details.to)}` : "";
      return {
        title: "Fællessamtale flyttet",
        text: `${by} har flyttet fællessamtalen med ${person}${details.at ? ` fra ${moment(details.at)}` : ""}${to}.${reason}`,
      };
    }
    case "booking.cancelled":
      return { title: "Fællessamtale aflyst", text: `${by} har aflyst fællessamtalen med ${person}${when}.${reason}` };
    case "deadline.due": {
      const due = details.due ? ` senest ${formatDanishWeekdayDate(parseDay(details.due))}` : " inden for 5 arbejdsdage";
      return { title: "Frist inden for 5 arbejdsdage", text: `${capitalised(person)} skal have en samtale${due}.` };
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the reader answers it: the a-kasse on the member's booking page, the jobcentre on the citizen's page or its slots. */
export function notificationLink(
  kind: NotificationKind,
  details: NotificationDetails,
  citizenId: string | null,
  readerSide: "jobcenter" | "akasse" | "system",
): NotificationLink {
  if (readerSide === "akasse") {
    return details.forloebId && details.rule && details.occurrence
      ? { page: "booking", forloebId: details.forloebId, rule: details.rule, occurrence: details.occurrence }
      : { page: "start" };
  }
  if (kind === "proposal.created") return { page: "slots" };
  return citizenId ? { page: "citizen", citizenId } : { page: "start" };
}
