import "server-only";
import { sendMail, type MailMessage } from "@/lib/mail";

/** How a service hands over a mail: sent at once (default, tests), or after the response (`after` in an action). */
export type Envoi = (send: () => Promise<void>) => void | Promise<void>;

/**
 * A candidature's mail, sent after its change is committed. Its failure never undoes the change
 * the page already confirms: it is logged for the operator.
 */
export async function envoyerCourriel(message: MailMessage, quoi: string, envoyer: Envoi = (send) => send()): Promise<void> {
  await envoyer(async () => {
    try {
      await sendMail(message);
    } catch (error) {
      console.error(`Courriel « ${message.subject} » (${quoi}) non envoyé : ${(error as Error).message}`);
    }
  });
}
