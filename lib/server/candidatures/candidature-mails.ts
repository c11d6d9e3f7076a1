import "server-only";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { deNom, fr } from "@/lib/domain/candidature/format";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import type { PieceRequise } from "@/lib/domain/candidature/pieces";
import { renderMail, type MailMessage } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";

// The mails of a candidature's life [C:CF]: "Confirmation d'inscription" at the first
// ENREGISTRER, "Modification d'inscription : <examen>" at each later one ("Vous recevrez un mail
// de modification de candidature"), and the désinscription. Times are the académie's.

export type MailCandidature = {
  to: string;
  prenoms: string;
  candidatureId: string;
  examen: string;
  specialite: string | undefined;
  session: string;
  academie: string;
  zone: string;
  closesAt: Date;
};

function quoi(c: MailCandidature): string {
  return `${c.examen}${c.specialite ? ` – ${c.specialite}` : ""}, ${c.session}, académie ${deNom(c.academie)}`;
}

function lienCandidature(c: MailCandidature) {
  return { label: "Voir ma candidature", url: appUrl(`/mes-candidatures/${c.candidatureId}/recapitulatif`) };
}

function pieces(list: readonly PieceRequise[]): string {
  const lignes = list.map((p) => `– ${findPiece(p.pieceCode)?.libelle ?? p.pieceCode}`);
  return fr`Pièces justificatives à fournir :\n${lignes.join("\n")}`;
}

export function enregistrementMail(
  c: MailCandidature,
  { numero, version, at, premier, pieces: requises }: { numero: string; version: number; at: Date; premier: boolean; pieces: readonly PieceRequise[] },
): MailMessage {
  const subject = premier ? "Confirmation d'inscription" : `Modification d'inscription : ${c.examen}`;
  const title = premier ? "Votre candidature est enregistrée" : "La modification de votre candidature est enregistrée";
  const { text, html } = renderMail({
    title,
    paragraphs: [
      `Bonjour ${c.prenoms},`,
      premier
        ? fr`Votre candidature (${quoi(c)}) est enregistrée sous le numéro d'inscription ${numero}, le ${instantLocal(at, c.zone)}.`
        : fr`La version ${version} de votre candidature (${quoi(c)}, numéro d'inscription ${numero}) est enregistrée, le ${instantLocal(at, c.zone)}. Elle remplace la précédente.`,
      fr`Jusqu'à la clôture des inscriptions, le ${instantLocal(c.closesAt, c.zone)}, vous pouvez la modifier ; chaque modification doit être enregistrée de nouveau avec le bouton « ENREGISTRER ». Passé ce délai, aucune modification n'est possible.`,
      pieces(requises),
    ],
    action: lienCandidature(c),
    footer: fr`Vous recevez ce message parce qu'une candidature a été enregistrée depuis votre compte. Si ce n'est pas vous, contactez le service des examens de l'académie.`,
  });
  return { to: c.to, subject, text, html };
}

export function desinscriptionMail(c: MailCandidature, { numero, at }: { numero: string | null; at: Date }): MailMessage {
  const { text, html } = renderMail({
    title: "Votre désinscription est enregistrée",
    paragraphs: [
      `Bonjour ${c.prenoms},`,
      fr`Vous vous êtes désinscrit de la candidature ${numero ? `n° ${numero} ` : ""}(${quoi(c)}), le ${instantLocal(at, c.zone)}. Vous ne serez pas convoqué aux épreuves.`,
      fr`Jusqu'à la clôture des inscriptions, le ${instantLocal(c.closesAt, c.zone)}, vous pouvez vous réinscrire depuis « Mes candidatures » en enregistrant de nouveau votre candidature.`,
    ],
    action: lienCandidature(c),
    footer: fr`Si vous n'êtes pas à l'origine de cette désinscription, contactez sans attendre le service des examens de l'académie.`,
  });
  return { to: c.to, subject: `Désinscription : ${c.examen}`, text, html };
}
