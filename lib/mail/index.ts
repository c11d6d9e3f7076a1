import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createOutboxMailer } from "./outbox-mailer";
import { createSmtpMailer } from "./smtp-mailer";
import type { Mailer, MailMessage } from "./types";

export type { Mailer, MailMessage } from "./types";
export { renderMail, escapeHtml, type MailLayout } from "./layout";
export { createSmtpMailer, type SmtpMailerOptions } from "./smtp-mailer";
export { createOutboxMailer, type OutboxMailerOptions } from "./outbox-mailer";

let mailer: Mailer | undefined;

/** SMTP when SMTP_URL is set; otherwise .eml files in MAIL_OUTBOX_DIR, so the portal runs with no relay. */
export function getMailer(): Mailer {
  if (!mailer) {
    const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR } = env();
    mailer = SMTP_URL
      ? createSmtpMailer({ url: SMTP_URL, from: MAIL_FROM })
      : createOutboxMailer({ dir: path.resolve(MAIL_OUTBOX_DIR), from: MAIL_FROM });
  }
  return mailer;
}

export function sendMail(message: MailMessage): Promise<void> {
  return getMailer().send(message);
}

/** Replaces the mailer in unit tests; null goes back to the configured one. */
export function setMailerForTests(replacement: Mailer | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("setMailerForTests n'est pas disponible en production.");
  mailer = replacement ?? undefined;
}
