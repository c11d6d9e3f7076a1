import { fr } from "../typographie";

// Reminders before a deadline [issue 10 §5]: a candidature still a draft (never ENREGISTRÉE) is
// reminded 72 h and 24 h before the registration closes; a registered candidature with a piece
// still missing, before the deposit of pieces closes. Each reminder goes once: a candidate first
// seen inside the last 24 h gets the 24 h one only. Pure: the job reads who was reminded already.

export const RAPPELS = ["BROUILLON_72H", "BROUILLON_24H", "PIECES_72H", "PIECES_24H"] as const;
export type Rappel = (typeof RAPPELS)[number];

/** Drafts never registered, or registered candidatures with pieces missing. */
export type FamilleRappel = "BROUILLON" | "PIECES";

const HEURE = 3_600_000;

/** How long before its deadline each reminder falls due. */
export const RAPPEL_DEFINITIONS: Readonly<Record<Rappel, { famille: FamilleRappel; heures: 72 | 24 }>> = {
  BROUILLON_72H: { famille: "BROUILLON", heures: 72 },
  BROUILLON_24H: { famille: "BROUILLON", heures: 24 },
  PIECES_72H: { famille: "PIECES", heures: 72 },
  PIECES_24H: { famille: "PIECES", heures: 24 },
};

/** Each reminder in the back office's words. */
export const RAPPEL_LIBELLES: Readonly<Record<Rappel, string>> = {
  BROUILLON_72H: "Candidature non enregistrée, 72 h avant la clôture des inscriptions",
  BROUILLON_24H: "Candidature non enregistrée, 24 h avant la clôture des inscriptions",
  PIECES_72H: "Pièces manquantes, 72 h avant la date limite de dépôt",
  PIECES_24H: "Pièces manquantes, 24 h avant la date limite de dépôt",
};

/** The earliest a reminder falls due before its deadline: a session is looked at only inside this window. */
export const FENETRE_RAPPELS_HEURES = 72;

export type EcheancesSession = {
  inscriptionCloture: Date;
  /** The deposit's closing (the registration's when the session has no deposit window). */
  depotCloture: Date | null;
};

export type SituationRappel = EcheancesSession & {
  maintenant: Date;
  statut: "BROUILLON" | "ENREGISTREE" | "DESINSCRITE" | "ANNULEE";
  /** Whether it was ever ENREGISTRÉE (a draft of changes after a first save is not "never registered"). */
  dejaEnregistree: boolean;
  /** Pieces still to provide (EtatPieces.manquantes). */
  piecesManquantes: number;
  /** Reminders already sent for this candidature. */
  envoyes: ReadonlySet<Rappel>;
};

/** The deadline a family's reminders announce: the registration's closing for drafts, the deposit's for pieces. */
export function echeanceRappel(famille: FamilleRappel, s: EcheancesSession): Date {
  return famille === "BROUILLON" ? s.inscriptionCloture : (s.depotCloture ?? s.inscriptionCloture);
}

/** Each reminder of a session: the deadline it announces and the instant it falls due. */
export function calendrierRappels(s: EcheancesSession): { rappel: Rappel; echeance: Date; du: Date }[] {
  return RAPPELS.map((rappel) => {
    const { famille, heures } = RAPPEL_DEFINITIONS[rappel];
    const echeance = echeanceRappel(famille, s);
    return { rappel, echeance, du: new Date(echeance.getTime() - heures * HEURE) };
  });
}

export type RappelEnCours = {
  rappel: Rappel;
  echeance: Date;
  /** Reminders already sent that settle a candidature: it gets nothing more now. */
  regle: readonly Rappel[];
};

/**
 * The reminder of `famille` a candidature of this session may be due at `maintenant` (null when the
 * deadline is more than 72 h away or has passed), and which reminders already sent settle it: the
 * 24 h reminder settles the 72 h one too, never the other way round.
 */
export function rappelEnCours(famille: FamilleRappel, s: EcheancesSession, maintenant: Date): RappelEnCours | null {
  const echeance = echeanceRappel(famille, s);
  const reste = echeance.getTime() - maintenant.getTime();
  if (reste <= 0 || reste > FENETRE_RAPPELS_HEURES * HEURE) return null;
  const r24: Rappel = famille === "BROUILLON" ? "BROUILLON_24H" : "PIECES_24H";
  const r72: Rappel = famille === "BROUILLON" ? "BROUILLON_72H" : "PIECES_72H";
  return reste <= 24 * HEURE ? { rappel: r24, echeance, regle: [r24] } : { rappel: r72, echeance, regle: [r72, r24] };
}

/** Which family of reminders a candidature belongs to, if any. */
export function familleRappel(s: Pick<SituationRappel, "statut" | "dejaEnregistree" | "piecesManquantes">): FamilleRappel | null {
  if (s.statut === "BROUILLON" && !s.dejaEnregistree) return "BROUILLON";
  if (s.statut === "ENREGISTREE" && s.piecesManquantes > 0) return "PIECES";
  return null;
}

/** The one reminder due now for this candidature, or null. */
export function rappelDu(s: SituationRappel): Rappel | null {
  const famille = familleRappel(s);
  if (!famille) return null;
  const enCours = rappelEnCours(famille, s, s.maintenant);
  if (!enCours || enCours.regle.some((r) => s.envoyes.has(r))) return null;
  return enCours.rappel;
}

/** Where a reminder of a session stands at `maintenant`: not due yet, being sent (the job sends it to whoever becomes concerned), or over with its deadline. */
export type EtatRappel = "A_VENIR" | "EN_COURS" | "TERMINE";
export const ETAT_RAPPEL_LIBELLES: Readonly<Record<EtatRappel, string>> = { A_VENIR: "À venir", EN_COURS: "En cours", TERMINE: "Terminé" };

export function etatRappel(r: { du: Date; echeance: Date; rappel: Rappel }, maintenant: Date): EtatRappel {
  const t = maintenant.getTime();
  if (t < r.du.getTime()) return "A_VENIR";
  // The 72 h reminder gives way to the 24 h one (rappelEnCours).
  const fin = RAPPEL_DEFINITIONS[r.rappel].heures === 72 ? r.echeance.getTime() - 24 * HEURE : r.echeance.getTime();
  return t < fin ? "EN_COURS" : "TERMINE";
}

const RAPPEL_COURTS: Readonly<Record<Rappel, string>> = {
  BROUILLON_72H: "candidature non enregistrée, à 72 h",
  BROUILLON_24H: "candidature non enregistrée, à 24 h",
  PIECES_72H: "pièces manquantes, à 72 h",
  PIECES_24H: "pièces manquantes, à 24 h",
};

/** What a run sent, in words for the admin who asked for it. */
export function bilanRappels(envoyes: Readonly<Record<Rappel, number>>): string {
  const total = RAPPELS.reduce((n, r) => n + envoyes[r], 0);
  if (total === 0) return fr`Aucun rappel n'était dû : aucun courriel envoyé.`;
  const detail = RAPPELS.filter((r) => envoyes[r] > 0)
    .map((r) => `${envoyes[r]} (${RAPPEL_COURTS[r]})`)
    .join(", ");
  const s = total > 1 ? "s" : "";
  return fr`${total} rappel${s} envoyé${s} : ${detail}. Chaque candidat concerné le reçoit par courriel dans quelques instants.`;
}
