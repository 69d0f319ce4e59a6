import { isJobcentreRole, type NotificationLink } from "@kontaktplan/schema";
import { bookingHref, citizenHref, pageHref } from "../route.js";

/** Where a notification leads, and what its link says. */
export function linkOf(link: NotificationLink): { href: string; label: string } {
  switch (link.page) {
    case "citizen":
      return { href: citizenHref(link.citizenId), label: "Gå til borgeren" };
    case "booking":
      return { href: bookingHref(link.forloebId, link.rule, link.occurrence), label: "Se fællessamtalen" };
    case "slots":
      return { href: pageHref("slots"), label: "Besvar forslaget" };
    case "start":
      return { href: "#/", label: "Gå til forsiden" };
  }
}

/** The roles whose work notifications concern (the system and a-kasse administrators get none). */
export function hasInbox(role: string): boolean {
  return isJobcentreRole(role) || role === "akasse";
}
