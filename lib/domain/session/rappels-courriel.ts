// The reminders' mails [issue 10 §5]: what the candidate must do (finish and ENREGISTRER the
// draft, or provide the missing pieces) and by when, in the académie's own time. Pure: the job
// renders it (lib/mail) with the portal's address.
import { instantLocal } from "../candidature/fenetre";
import { findPiece } from "../candidature/pieces-catalogue";
import { deNom, fr } from "../typographie";
import { RAPPEL_DEFINITIONS, type Rappel } from "./rappels";

/** Why a piece is still missing (EtatPieces.manquantes counts these). */
export type EtatPieceRappel = "A_FOURNIR" | "NON_CONFORME" | "A_TRANSMETTRE";
export type PieceRappel = { pieceCode: string; mode: "UPLOAD" | "POSTAL"; etat: EtatPieceRappel };

export type SourceRappel = {
  rappel: Rappel;
  /** The deadline announced. */
  echeance: Date;
  /** The académie's IANA zone. */
  zone: string;
  candidatureId: string;
  prenoms: string;
  examen: string;
  specialite: string | null;
  session: string;
  academie: string;
  numero: string | null;
  /** The missing pieces (pieces reminders). */
  pieces: readonly PieceRappel[];
};

export type CourrielRappel = {
  sujet: string;
  titre: string;
  paragraphes: string[];
  /** The button: a path of the portal. */
  action: { label: string; chemin: string };
  pied: string;
};

/** A Justificatif row's state as the missing-pieces count reads it (see the EtatPieces triggers), or null when not missing. */
export function etatPieceRappel(p: { statut: string; deposeAt: Date | null; caduc: boolean }): EtatPieceRappel | null {
  if (p.caduc) return null;
  if (p.statut === "NON_CONFORME") return "NON_CONFORME";
  if (p.statut === "ATTENDU") return "A_FOURNIR";
  if (p.statut === "DEPOSE" && p.deposeAt === null) return "A_TRANSMETTRE";
  return null;
}

const ETAT_SUFFIXE: Record<EtatPieceRappel, string> = { A_FOURNIR: "", NON_CONFORME: " (non conforme, à remplacer)", A_TRANSMETTRE: " (déposée, pas encore transmise)" };

export function courrielRappel(s: SourceRappel): CourrielRappel {
  const { famille, heures } = RAPPEL_DEFINITIONS[s.rappel];
  const quoi = `${s.examen}${s.specialite ? ` – ${s.specialite}` : ""}, ${s.session}, académie ${deNom(s.academie)}`;
  const echeance = instantLocal(s.echeance, s.zone);
  const bientot = heures === 24 ? " Il vous reste moins de 24 heures." : "";
  const bonjour = `Bonjour ${s.prenoms},`;
  if (famille === "BROUILLON") {
    return {
      sujet: `${fr`Rappel : candidature non enregistrée`} – ${s.examen}`,
      titre: fr`Votre candidature n'est pas encore enregistrée`,
      paragraphes: [
        bonjour,
        fr`Vous avez commencé une candidature (${quoi}), mais elle n'est pas enregistrée : en l'état, vous n'êtes pas inscrit.`,
        fr`Complétez-la, puis cliquez sur le bouton « ENREGISTRER » de sa dernière page avant la clôture des inscriptions, le ${echeance}.${bientot} Passé ce délai, aucune inscription n'est acceptée.`,
        fr`Si vous ne souhaitez plus vous inscrire, ne tenez pas compte de ce message.`,
      ],
      action: { label: "Terminer ma candidature", chemin: `/mes-candidatures/${s.candidatureId}` },
      pied: fr`Vous recevez ce message parce qu'une candidature commencée depuis votre compte n'est pas enregistrée.`,
    };
  }
  const liste = s.pieces.map((p) => `– ${findPiece(p.pieceCode)?.libelle ?? p.pieceCode}${p.mode === "POSTAL" ? " (par la poste)" : ""}${ETAT_SUFFIXE[p.etat]}`);
  return {
    sujet: `${fr`Rappel : pièces justificatives à fournir`} – ${s.examen}`,
    titre: "Des pièces justificatives manquent à votre dossier",
    paragraphes: [
      bonjour,
      fr`Votre candidature (${quoi}${s.numero ? fr`, numéro d'inscription ${s.numero}` : ""}) est enregistrée, mais votre dossier est incomplet.`,
      ...(liste.length > 0 ? [fr`Pièces à fournir :`, liste.join("\n")] : []),
      fr`Déposez-les dans « Mes justificatifs » avant la date limite de dépôt des pièces, le ${echeance}.${bientot} Un dossier incomplet à cette date peut être annulé.`,
      ...(s.pieces.some((p) => p.mode === "POSTAL") ? [fr`Les pièces à envoyer par la poste sont à adresser au service des examens, à l'adresse indiquée dans « Mes justificatifs ».`] : []),
      ...(s.pieces.some((p) => p.etat === "A_TRANSMETTRE")
        ? [fr`Une pièce déposée n'est transmise au service des examens qu'une fois que vous avez cliqué sur « J'ai fourni toutes mes pièces ».`]
        : []),
    ],
    action: { label: "Déposer mes pièces", chemin: `/mes-candidatures/${s.candidatureId}/justificatifs` },
    pied: fr`Vous recevez ce message parce que des pièces justificatives manquent à votre candidature enregistrée.`,
  };
}
