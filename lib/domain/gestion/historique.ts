// The dossier's trail in French words [issue 9 §4]: each audit action as a manager reads it.
const LIBELLES: Record<string, string> = {
  "candidature.commencee": "Candidature commencée",
  "candidature.enregistree": "Candidature enregistrée (numéro attribué)",
  "candidature.modifiee": "Candidature modifiée et enregistrée",
  "candidature.reinscrite": "Candidature enregistrée de nouveau après désinscription",
  "candidature.desinscrite": "Désinscription par le candidat",
  "candidature.pieces_fournies": "« J’ai fourni toutes mes pièces »",
  "candidature.annulee": "Candidature annulée",
  "candidature.annulation_levee": "Annulation levée",
  "justificatif.fichier_ajoute": "Fichier déposé",
  "justificatif.fichier_supprime": "Fichier supprimé",
  "justificatif.recue": "Pièce marquée « Reçue »",
  "justificatif.non_conforme": "Pièce marquée « Non conforme »",
  "justificatif.conforme": "Pièce marquée « Conforme »",
  "document.confirmation.generee": "Confirmation d’inscription générée",
};

/** "Pièce marquée « Conforme »"; an action without a label shows its code. */
export function libelleAction(action: string): string {
  return LIBELLES[action] ?? action;
}

const ROLES: Record<string, string> = { CANDIDAT: "le candidat", GESTIONNAIRE: "gestionnaire", ADMIN_ACADEMIE: "administrateur d’académie", ADMIN_NATIONAL: "administrateur national" };

/** Who acted: "le candidat", "Dominique Essai (gestionnaire)", "le système" for a job. */
export function auteurAction(role: string | null, personne: { prenoms: string; nomNaissance: string } | null): string {
  if (role === "CANDIDAT") return "le candidat";
  if (!role) return "le portail";
  return personne ? `${personne.prenoms} ${personne.nomNaissance} (${ROLES[role] ?? role})` : (ROLES[role] ?? role);
}
