import "server-only";
import type { Tx } from "@/lib/db";
import { sendJob } from "@/lib/jobs/boss";
import type { MailMessage } from "@/lib/mail";

/**
 * A candidature's mail, queued in the transaction that makes the change it announces: it exists if
 * and only if that change commits, and the mail job retries until the relay takes it, so an SMTP
 * relay down on deadline night delays the mail, never the registration.
 */
export async function envoyerCourriel(tx: Tx, message: MailMessage): Promise<void> {
  await sendJob("courriel", { message }, { tx });
}
