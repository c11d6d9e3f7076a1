// What a candidate must do next, first things first, for the card of each candidature in "Mes
// candidatures" [issue 8 §8]: a missed step costs a year, so the card says it in one line each
// ("2 pièces à déposer avant le …", "1 pièce non conforme : …", "Confirmation à téléverser signée").
import { windowState, type Window, type WindowState } from "../calendar";
import { instantLocal } from "./fenetre";
import { typographieFr } from "../typographie";
import { fr } from "./format";
import { findPiece } from "./pieces-catalogue";
import type { CandidatureStatut } from "./statut";

export type PieceSuivi = {
  pieceCode: string;
  mode: "UPLOAD" | "POSTAL";
  statut: "ATTENDU" | "DEPOSE" | "RECUE" | "NON_CONFORME" | "CONFORME";
  nbFichiers: number;
  /** Handed in with "J'ai fourni toutes mes pièces". */
  fournie: boolean;
  commentaire: string | null;
  fenetre: Window;
};

export type AFaireInput = {
  statut: CandidatureStatut;
  aBrouillon: boolean;
  inscription: Window;
  zone: string;
  /** Pieces still required (not caduc). */
  pieces: readonly PieceSuivi[];
  /** A cancelled candidature's date and reason (Candidature.annuleeAt, motifAnnulation). */
  annulation?: { at: Date | null; motif: string | null };
};

export type AFaire = { urgence: "action" | "info"; texte: string };

const libelle = (code: string) => findPiece(code)?.libelle ?? code;
const pluriel = (n: number, un: string, plusieurs: string) => (n === 1 ? `1 ${un}` : `${n} ${plusieurs}`);
/** The earliest closing of the pieces' windows still open or to come. */
const premiereCloture = (pieces: readonly PieceSuivi[]) => pieces.map((p) => p.fenetre.closesAt).sort((a, b) => a.getTime() - b.getTime())[0]!;

/** Lines to show on the candidature's card, actions first; empty when nothing is left to do or say. */
export function aFaire(input: AFaireInput, now: Date): AFaire[] {
  const { statut, zone } = input;
  const inscription: WindowState = windowState(input.inscription, now);
  const quand = (d: Date) => instantLocal(d, zone);
  if (statut === "BROUILLON") {
    return inscription === "OUVERTE"
      ? [{ urgence: "action", texte: fr`Candidature non enregistrée : terminez-la et cliquez sur « ENREGISTRER » avant le ${quand(input.inscription.closesAt)}.` }]
      : [];
  }
  // An annulation is said with its date and the reason the académie recorded [issue 9 §7].
  if (statut === "ANNULEE") {
    const le = input.annulation?.at ? fr` le ${quand(input.annulation.at)}` : "";
    const motif = input.annulation?.motif?.trim() ? fr` Motif : ${typographieFr(input.annulation.motif.trim())}` : "";
    return [{ urgence: "info", texte: fr`Candidature annulée par le service des examens${le}.${motif} La lettre de notification est dans « Mes documents ».` }];
  }
  if (statut !== "ENREGISTREE") return [];
  const lignes: AFaire[] = [];
  if (input.aBrouillon && inscription === "OUVERTE")
    lignes.push({ urgence: "action", texte: fr`Modifications non enregistrées : cliquez sur « ENREGISTRER » avant le ${quand(input.inscription.closesAt)} pour qu'elles comptent.` });

  const ouvertes = input.pieces.filter((p) => windowState(p.fenetre, now) !== "CLOSE");
  const nonConformes = ouvertes.filter((p) => p.statut === "NON_CONFORME");
  if (nonConformes.length > 0) {
    const detail = nonConformes.map((p) => (p.commentaire ? `${libelle(p.pieceCode)} (${p.commentaire})` : libelle(p.pieceCode))).join("\u00a0; ");
    lignes.push({ urgence: "action", texte: fr`${pluriel(nonConformes.length, "pièce non conforme", "pièces non conformes")} : ${detail}.` });
  }
  const enLigne = ouvertes.filter((p) => p.mode === "UPLOAD" && p.statut !== "NON_CONFORME");
  const confirmation = enLigne.filter((p) => findPiece(p.pieceCode)?.confirmation && p.nbFichiers === 0);
  const aDeposer = enLigne.filter((p) => p.statut === "ATTENDU" || (p.statut === "DEPOSE" && p.nbFichiers === 0)).filter((p) => !confirmation.includes(p));
  if (aDeposer.length > 0)
    lignes.push({ urgence: "action", texte: fr`${pluriel(aDeposer.length, "pièce à déposer", "pièces à déposer")} en ligne avant le ${quand(premiereCloture(aDeposer))}.` });
  if (confirmation.length > 0) lignes.push({ urgence: "action", texte: fr`Confirmation d'inscription à téléverser signée avant le ${quand(premiereCloture(confirmation))}.` });
  const nonFournies = enLigne.filter((p) => p.statut === "DEPOSE" && p.nbFichiers > 0 && !p.fournie);
  if (aDeposer.length === 0 && confirmation.length === 0 && nonConformes.length === 0 && nonFournies.length > 0)
    lignes.push({ urgence: "action", texte: fr`Pièces déposées : cliquez sur « J'ai fourni toutes mes pièces » avant le ${quand(premiereCloture(nonFournies))} pour qu'elles soient examinées.` });
  const postales = ouvertes.filter((p) => p.mode === "POSTAL" && p.statut === "ATTENDU");
  if (postales.length > 0)
    lignes.push({ urgence: "action", texte: fr`${pluriel(postales.length, "pièce à envoyer", "pièces à envoyer")} par la poste au plus tard le ${quand(premiereCloture(postales))}, cachet de la poste faisant foi.` });

  // Missing when their window closed: the notices cancel incomplete dossiers [C:CF, NI, NM].
  const manquees = input.pieces.filter((p) => windowState(p.fenetre, now) === "CLOSE" && (p.statut === "ATTENDU" || p.statut === "NON_CONFORME" || (p.mode === "UPLOAD" && p.nbFichiers === 0)));
  if (manquees.length > 0)
    lignes.push({
      urgence: "action",
      texte: fr`${manquees.length === 1 ? "1 pièce manque après la clôture de son dépôt" : `${manquees.length} pièces manquent après la clôture de leur dépôt`} : votre dossier est incomplet et peut être annulé. Contactez sans attendre le service des examens de votre académie.`,
    });

  if (lignes.length === 0 && input.pieces.length > 0) {
    const conformes = input.pieces.every((p) => p.statut === "CONFORME");
    lignes.push({ urgence: "info", texte: conformes ? "Toutes vos pièces sont conformes : votre dossier est complet." : "Vos pièces sont en cours d’examen par le service des examens." });
  }
  return lignes;
}
