import "server-only";
import type { MailCandidature } from "./candidature-mails";
import type { CandidatureDossier } from "./get-candidature";

/** Who a candidature's mails go to, and what they name. */
export function mailCandidature(dossier: CandidatureDossier, specialite: string | undefined): MailCandidature {
  return {
    to: dossier.account.email,
    prenoms: dossier.account.prenoms,
    candidatureId: dossier.id,
    examen: dossier.session.examen.libelle,
    specialite,
    session: dossier.session.libelle,
    academie: dossier.session.academie.nom,
    zone: dossier.session.academie.timeZone,
    closesAt: dossier.window.closesAt,
  };
}
