/** The in-app inbox: events that need an answer, and deadlines coming due. */
import { z } from "zod";

/**
 * - `booking.created`, `proposal.created`: an a-kasse booked a slot or proposed times (to the citizen's caseworker);
 * - `proposal.accepted`, `proposal.declined`: the jobcentre answered a proposal (to the a-kasse);
 * - `booking.moved`, `booking.cancelled`: one side moved or cancelled a booked fællessamtale (to the other side);
 * - `deadline.due`: a citizen's deadline falls within the next 5 working days (to the caseworker).
 */
export const NOTIFICATION_KINDS = [
  "booking.created",
  "proposal.created",
  "proposal.accepted",
  "proposal.declined",
  "booking.moved",
  "booking.cancelled",
  "deadline.due",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a notification leads: the page where it is answered. */
export const NotificationLink = z.discriminatedUnion("page", [
  z.object({ page: z.literal("citizen"), citizenId: z.string() }),
  z.object({ page: z.literal("booking"), forloebId: z.string(), rule: z.string(), occurrence: z.number().int().min(1) }),
  z.object({ page: z.literal("slots") }),
  z.object({ page: z.literal("start") }),
]);
export type NotificationLink = z.infer<typeof NotificationLink>;

export const NotificationItem = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  createdAt: z.string(),
  read: z.boolean(),
  title: z.string(),
  text: z.string(),
  link: NotificationLink,
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationList = z.object({ unread: z.number().int().min(0), items: z.array(NotificationItem) });
export type NotificationList = z.infer<typeof NotificationList>;

export const UnreadCount = z.object({ unread: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof UnreadCount>;

/** Mark some notifications read, or (no ids) all of them. */
export const MarkReadInput = z.object({
  ids: z
    .array(z.guid({ error: "Skal være et gyldigt id" }))
    .max(200)
    .optional(),
});
export type MarkReadInput = z.infer<typeof MarkReadInput>;
