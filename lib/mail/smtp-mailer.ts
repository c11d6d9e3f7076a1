import nodemailer from "nodemailer";
import type { Mailer, MailMessage } from "./types";

export type SmtpMailerOptions = {
  /** smtp://user:pass@host:587 or smtps://…; query parameters (?pool=true…) are read by nodemailer. */
  url: string;
  from: string;
};

/** Sends through the SMTP relay named by SMTP_URL; a refusal or a timeout rejects the promise. */
export function createSmtpMailer({ url, from }: SmtpMailerOptions): Mailer {
  // nodemailer waits minutes by default: a stalled relay must fail the request while the user waits.
  // Options given in the URL's query string take precedence over these.
  const transport = nodemailer.createTransport(
    { url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    { from },
  );
  return {
    async send(message: MailMessage) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        ...(message.messageId ? { messageId: message.messageId } : {}),
      });
    },
  };
}
