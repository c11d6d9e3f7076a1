// Reminders before a deadline [issue 10 §5]: a candidature still a draft (never ENREGISTRÉE) is
// reminded 72 h and 24 h before the registration closes; a registered candidature with a piece
// still missing, before the deposit of pieces closes. Each reminder goes once: a candidate first
// seen inside the last 24 h gets the 24 h one only. Pure: the job reads who was reminded already.

export const RAPPELS = ["BROUILLON_72H", "BROUILLON_24H", "PIECES_72H", "PIECES_24H"] as const;
export type Rappel = (typeof RAPPELS)[number];

const HEURE = 3_600_000;

export type SituationRappel = {
  maintenant: Date;
  inscriptionCloture: Date;
  /** The deposit's closing (the registration's when the session has no deposit window). */
  depotCloture: Date | null;
  statut: "BROUILLON" | "ENREGISTREE" | "DESINSCRITE" | "ANNULEE";
  /** Whether it was ever ENREGISTRÉE (a draft of changes after a first save is not "never registered"). */
  dejaEnregistree: boolean;
  /** Pieces still to provide (EtatPieces.manquantes). */
  piecesManquantes: number;
  /** Reminders already sent for this candidature. */
  envoyes: ReadonlySet<Rappel>;
};

/** Whether `echeance` is still ahead, by at most `heures` hours. */
function dans(maintenant: Date, echeance: Date, heures: number): boolean {
  const reste = echeance.getTime() - maintenant.getTime();
  return reste > 0 && reste <= heures * HEURE;
}

/** The one reminder due now for this candidature, or null. */
export function rappelDu(s: SituationRappel): Rappel | null {
  if (s.statut === "BROUILLON" && !s.dejaEnregistree) {
    if (dans(s.maintenant, s.inscriptionCloture, 24)) return s.envoyes.has("BROUILLON_24H") ? null : "BROUILLON_24H";
    if (dans(s.maintenant, s.inscriptionCloture, 72)) return s.envoyes.has("BROUILLON_72H") || s.envoyes.has("BROUILLON_24H") ? null : "BROUILLON_72H";
    return null;
  }
  if (s.statut === "ENREGISTREE" && s.piecesManquantes > 0) {
    const echeance = s.depotCloture ?? s.inscriptionCloture;
    if (dans(s.maintenant, echeance, 24)) return s.envoyes.has("PIECES_24H") ? null : "PIECES_24H";
    if (dans(s.maintenant, echeance, 72)) return s.envoyes.has("PIECES_72H") || s.envoyes.has("PIECES_24H") ? null : "PIECES_72H";
  }
  return null;
}
