import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { MailMessage } from "@/lib/mail";
import { sendJob } from "@/lib/jobs/boss";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

// Every account mail goes to the job queue (retried until the relay takes it) and is recorded
// ("courriel.activation" on the account, with the time), so staff can answer "je n'ai rien reçu";
// it is capped per account and kind so nobody can flood a mailbox through the public forms.
export type AccountMailKind =
  | "activation"
  | "compte_existant"
  | "reinitialisation"
  | "mot_de_passe_modifie"
  | "changement_adresse"
  | "adresse_deja_utilisee"
  | "adresse_modifiee"
  | "invitation";

export const MAILS_PER_HOUR = 5;

/**
 * Queues an account mail. Given the transaction that made the change it announces, the mail is
 * queued if and only if that change commits. "en_file" means queued, not yet delivered.
 */
export async function queueAccountMail(
  db: Db | Tx,
  { accountId, kind, message, now }: { accountId: string; kind: AccountMailKind; message: MailMessage; now: Date },
): Promise<"en_file" | "quota"> {
  const action = `courriel.${kind}`;
  const queuedLastHour = await db.auditEvent.count({
    where: { entityType: "Account", entityId: accountId, action, at: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (queuedLastHour >= MAILS_PER_HOUR) return "quota";
  const inTransaction = !("$transaction" in db);
  await sendJob("courriel", { message }, inTransaction ? { tx: db as Tx } : {});
  await recordAuditEvent(db, { action, entityType: "Account", entityId: accountId, at: now });
  return "en_file";
}
