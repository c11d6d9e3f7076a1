/** One message as services write it: both parts are required so every client shows something readable. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** Set by the mail job: the same on every attempt, so that a message sent twice is recognised. */
  messageId?: string;
};

/** Where messages go: SMTP in production, a file outbox when no SMTP_URL is set (see index.ts). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
