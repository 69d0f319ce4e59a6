/**
 * Notifications as e-mail (when the server has SMTP settings): sent after the writing call has
 * finished, each row claimed first (`emailed_at`) so no two processes send it. The text is the
 * inbox's without the citizen's name or any free text; a failure is logged by notification id and
 * error code only, and never reaches the request that caused it.
 */
import { and, inArray, isNull, sql } from "drizzle-orm";
import { tables, type Db } from "@kontaktplan/db";
import { NotificationDetails, notificationText } from "./notification-text.js";

const { notifications, users } = tables;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The server's way out (apps/server: nodemailer over SMTP), and where its failures are logged. */
export interface Mail {
  send(mail: OutgoingMail): Promise<void>;
  log(line: string): void;
}

const FOOTER =
  "Log ind i Kontaktplan for at se, hvem det gælder.\n\nDenne e-mail er sendt automatisk af Kontaktplan og nævner ingen borgere ved navn. Svar ikke på den.";

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.name : typeof error;
}

/** Send the notifications `ids` (those committed and not yet claimed) to their recipients. Never throws. */
export async function deliverMail(db: Db, mail: Mail, ids: readonly string[]): Promise<void> {
  try {
    const claimed = await db
      .update(notifications)
      .set({ emailedAt: sql`now()` })
      .where(and(inArray(notifications.id, [...ids]), isNull(notifications.emailedAt)))
      .returning();
    if (claimed.length === 0) return;
    const recipients = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, [...new Set(claimed.map((n) => n.userId))]), sql`not ${users.disabled}`));
    const emailOf = new Map(recipients.map((u) => [u.id, u.email]));
    for (const n of claimed) {
      const to = emailOf.get(n.userId);
      if (to === undefined) continue;
      const parsed = NotificationDetails.safeParse(n.details);
      const { title, text } = notificationText(n.kind, parsed.success ? parsed.data : {}, null, false);
      try {
        await mail.send({ to, subject: `Kontaktplan: ${title}`, text: `${text}\n\n${FOOTER}\n` });
      } catch (error) {
        mail.log(`${new Date().toISOString()} e-mail om notifikation ${n.id} kunne ikke sendes: ${codeOf(error)}`);
      }
    }
  } catch (error) {
    mail.log(`${new Date().toISOString()} e-mail om notifikationer kunne ikke sendes: ${codeOf(error)}`);
  }
}
