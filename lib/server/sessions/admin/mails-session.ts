import "server-only";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { deNom, fr } from "@/lib/domain/candidature/format";
import { renderMail, type MailMessage } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";

export type DestinataireSession = { to: string; prenoms: string; candidatureId: string; examen: string; session: string; academie: string; zone: string; closesAt: Date };

/** A candidature whose saved choice the académie withdrew [issue 10 §3]: what and what to do, before when. */
export function choixRetireMail(d: DestinataireSession, motifs: readonly string[]): MailMessage {
  const { text, html } = renderMail({
    title: "Votre candidature est à revoir",
    paragraphs: [
      `Bonjour ${d.prenoms},`,
      fr`L'académie ${deNom(d.academie)} a modifié les choix proposés pour la session ${d.session} (${d.examen}) : ${motifs.join(" ")}`,
      fr`Modifiez votre candidature et enregistrez-la de nouveau avec le bouton « ENREGISTRER » avant la clôture des inscriptions, le ${instantLocal(d.closesAt, d.zone)}.`,
    ],
    action: { label: "Revoir ma candidature", url: appUrl(`/mes-candidatures/${d.candidatureId}`) },
    footer: fr`Vous recevez ce message parce qu'une candidature est ouverte depuis votre compte. Pour toute question, contactez le service des examens de l'académie.`,
  });
  return { to: d.to, subject: `Candidature à revoir : ${d.examen}`, text, html };
}
