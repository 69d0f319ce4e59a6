import type { Mail } from "@kontaktplan/api";
import { createTransport } from "nodemailer";

export interface SmtpConfig {
  /** `smtp://user:password@host:587` or `smtps://…:465`; it may hold a password, so it is never printed. */
  url: string;
  /** The sender, e.g. `Kontaktplan <kontaktplan@kommune.dk>`. */
  from: string;
}

/** How long one e-mail may take to hand over before it counts as failed (it never holds up a request). */
const SMTP_TIMEOUT_MS = 30_000;

/** Notifications as e-mail through the configured SMTP server (nodemailer); failures go to `logError`. */
export function smtpMail(config: SmtpConfig, logError: (line: string) => void): Mail {
  const transport = createTransport({
    url: config.url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    log: logError,
  };
}
