import "server-only";
import type { Db } from "@/lib/db";
import { sendMail, type MailMessage } from "@/lib/mail";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

// Every account mail is recorded ("courriel.activation" on the account, with the time), so staff
// can answer "je n'ai rien reçu", and capped per account and kind so nobody can flood a mailbox
// through the public forms.
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

export async function sendAccountMail(
  db: Db,
  { accountId, kind, message, now }: { accountId: string; kind: AccountMailKind; message: MailMessage; now: Date },
): Promise<"envoye" | "quota" | "echec"> {
  const action = `courriel.${kind}`;
  const sentLastHour = await db.auditEvent.count({
    where: { entityType: "Account", entityId: accountId, action, at: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (sentLastHour >= MAILS_PER_HOUR) return "quota";
  try {
    await sendMail(message);
  } catch (error) {
    // The person gets the same answer and can ask again; the operator sees why in the logs.
    console.error(`Envoi du courriel « ${kind} » impossible pour le compte ${accountId} : ${(error as Error).message}`);
    return "echec";
  }
  await recordAuditEvent(db, { action, entityType: "Account", entityId: accountId, at: now });
  return "envoye";
}
