import "server-only";
import type { Tx } from "@/lib/db";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { deNom, fr } from "@/lib/domain/typographie";
import { DOCUMENT_TYPE_LIBELLES, type DocumentTypeCode } from "@/lib/domain/documents";
import { sendJob } from "@/lib/jobs/boss";
import { renderMail } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";

/**
 * "Un nouveau document est disponible" [issue 8 §7], as Cyclades sends it: queued in the
 * transaction that records the document, so it goes if and only if the document exists.
 */
export async function notifierNouveauDocument(tx: Tx, { candidatureId, type, at }: { candidatureId: string; type: DocumentTypeCode; at: Date }): Promise<void> {
  const c = await tx.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    select: { account: { select: { email: true, prenoms: true } }, session: { select: { libelle: true, examen: { select: { libelle: true } }, academie: { select: { nom: true, timeZone: true } } } } },
  });
  const { text, html } = renderMail({
    title: "Un nouveau document est disponible",
    paragraphs: [
      `Bonjour ${c.account.prenoms},`,
      fr`Un nouveau document (« ${DOCUMENT_TYPE_LIBELLES[type]} ») concernant votre candidature (${c.session.examen.libelle}, ${c.session.libelle}, académie ${deNom(c.session.academie.nom)}) est disponible depuis le ${instantLocal(at, c.session.academie.timeZone)} dans « Mes documents ».`,
      fr`Pour le lire, connectez-vous au portail : il n'est pas joint à ce message.`,
    ],
    action: { label: "Voir mes documents", url: appUrl(`/mes-candidatures/${candidatureId}/documents`) },
    footer: fr`Vous recevez ce message parce qu'un document a été déposé dans votre espace candidat.`,
  });
  await sendJob("courriel", { message: { to: c.account.email, subject: "Un nouveau document est disponible", text, html } }, { tx });
}
