import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Mailer, MailMessage } from "./types";

export type OutboxMailerOptions = {
  /** Folder the .eml files go to (MAIL_OUTBOX_DIR); created when missing. */
  dir: string;
  from: string;
};

/** Lower-case, file-name-safe form of the recipient, so a person browsing the outbox finds a message. */
export function sanitiseRecipient(to: string): string {
  // "Jean Dupont <jean@example.fr>" names the file after the address only.
  const address = /<([^>]*)>/.exec(to)?.[1] ?? to;
  const safe = address
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9@._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, 80);
  return safe === "" ? "destinataire" : safe;
}

/** "2026-01-15T120000.123Z": ISO 8601 without the colons some file systems refuse; sorts as text. */
export function outboxTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, "");
}

/** The instant an outbox file name starts with, or null for a name this module did not write. */
export function parseOutboxTimestamp(fileName: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z-/.exec(fileName);
  if (!m) return null;
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Two messages sent in the same millisecond still get increasing names, so "newest first" by name
// is the order they were sent in (within this process).
let lastStamp = 0;
function nextStamp(): Date {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp);
}

/**
 * Writes each message as one RFC 822 .eml file (built by nodemailer, so MIME and encoded words are
 * exactly what SMTP would have carried) for development and end-to-end tests to read.
 * The real clock is used on purpose: a test clock set in the past would break "since" filters.
 */
export function createOutboxMailer({ dir, from }: OutboxMailerOptions): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message: MailMessage) {
      const date = nextStamp();
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        date,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        ...(message.messageId ? { messageId: message.messageId } : {}),
      });
      if (!Buffer.isBuffer(info.message)) throw new Error("nodemailer n'a pas rendu le message sous forme de Buffer.");

      const name = `${outboxTimestamp(date)}-${randomBytes(4).toString("hex")}-${sanitiseRecipient(message.to)}.eml`;
      await mkdir(dir, { recursive: true });
      // Written under a dot-name readers skip, then renamed: a reader never sees half a message.
      const temp = path.join(dir, `.${name}.${randomBytes(4).toString("hex")}.tmp`);
      try {
        await writeFile(temp, info.message, { flag: "wx" });
        await rename(temp, path.join(dir, name));
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}
