// The letters of the back office's operations [issue 9 §6–7], as plain content that lib/pdf/lettre.ts
// lays out and the mail repeats: a demande de pièces or a relance listing the pieces still missing
// or non conformes (with the manager's comment) and their deadlines in the académie's local time,
// and the notification of an annulation for an incomplete dossier, sent by registered post
// ("Cette ANNULATION VOUS SERA NOTIFIÉE PAR LETTRE RECOMMANDÉE" [C:CF]). Pure.
import { formatJourFr } from "../calendar";
import { instantLocal } from "../candidature/fenetre";
import { lignesAdresse } from "../candidature/pieces-consignes";
import { findPiece } from "../candidature/pieces-catalogue";
import { nomPays } from "../pays";
import { deNom, fr, typographieFr } from "../typographie";
import type { OperationType, PieceLettre } from "./operations";

export type AdressePostale = { adresse: string; complement?: string | undefined; codePostal: string; commune: string; pays: string };

export type LettreSource = {
  type: OperationType;
  academie: { nom: string; adressePostale: string | null; timeZone: string };
  examen: string;
  session: string;
  specialite: string | null;
  numero: string | null;
  identite: { civilite: "MADAME" | "MONSIEUR" | null; nomNaissance: string; nomUsage: string | null; prenoms: string };
  /** The candidate's postal address (identification step); null when the dossier has none. */
  adresse: AdressePostale | null;
  pieces: readonly PieceLettre[];
  /** The manager's message (demande, relance) or the reason of the annulation. */
  message: string;
  /** The deposit deadline of the session (annulation: the date the dossier was incomplete at). */
  clotureDepot: Date;
  /** When the letter is produced. */
  date: Date;
};

export type PieceParagraphe = { libelle: string; details: string[] };

export type LettreContenu = {
  /** The PDF's title and the Document row's. */
  titre: string;
  emetteur: string[];
  destinataire: string[];
  /** "Lettre recommandée avec accusé de réception" for an annulation. */
  mentionEnvoi: string | null;
  lieuDate: string;
  objet: string;
  references: [string, string][];
  salutation: string;
  avant: string[];
  pieces: PieceParagraphe[];
  apres: string[];
  formule: string;
  signature: string[];
};

const CIVILITES = { MADAME: "Madame", MONSIEUR: "Monsieur" } as const;

/** "Madame Camille EXEMPLE", the name the candidate goes by. */
export function nomDestinataire(identite: LettreSource["identite"]): string {
  const nom = (identite.nomUsage?.trim() || identite.nomNaissance).toLocaleUpperCase("fr-FR");
  return [identite.civilite ? CIVILITES[identite.civilite] : null, identite.prenoms, nom].filter(Boolean).join(" ");
}

/** The address block of an envelope's window: name, street, complement, postcode and town, country abroad. */
export function blocAdresse(identite: LettreSource["identite"], adresse: AdressePostale | null): string[] {
  const lignes = [nomDestinataire(identite)];
  if (!adresse) return lignes;
  lignes.push(adresse.adresse.trim());
  if (adresse.complement?.trim()) lignes.push(adresse.complement.trim());
  lignes.push(`${adresse.codePostal.trim()} ${adresse.commune.trim().toLocaleUpperCase("fr-FR")}`);
  if (adresse.pays !== "FR") lignes.push(nomPays(adresse.pays).toLocaleUpperCase("fr-FR"));
  return lignes;
}

const libellePiece = (code: string) => findPiece(code)?.libelle ?? code;

/** The last day a postmark may bear (the window's closing is exclusive). */
const dernierJour = (closesAt: Date, zone: string) => formatJourFr(new Date(closesAt.getTime() - 1), zone);

/** What a demande or relance says about one piece: why it is asked and by when. */
function detailsDemande(p: PieceLettre, zone: string): string[] {
  const quand =
    p.mode === "POSTAL"
      ? fr`à envoyer par la poste au plus tard le ${dernierJour(p.fenetre.closesAt, zone)}, cachet de la poste faisant foi.`
      : fr`à déposer en ligne dans « Mes justificatifs » avant le ${instantLocal(p.fenetre.closesAt, zone)}.`;
  switch (p.etat) {
    case "A_FOURNIR":
      return [fr`Pièce manquante, ${quand}`];
    case "NON_CONFORME":
      return [
        p.commentaire ? fr`Pièce non conforme. Commentaire du service des examens : « ${typographieFr(p.commentaire)} »` : fr`Pièce non conforme.`,
        fr`Nouvelle pièce ${quand}`,
      ];
    case "A_TRANSMETTRE":
      return [fr`Pièce déposée mais pas encore transmise : cliquez sur « J'ai fourni toutes mes pièces » avant le ${instantLocal(p.fenetre.closesAt, zone)}.`];
  }
}

function detailsAnnulation(p: PieceLettre, zone: string): string[] {
  const limite = fr`Date limite : ${instantLocal(p.fenetre.closesAt, zone)}.`;
  if (p.etat === "NON_CONFORME")
    return [p.commentaire ? fr`Pièce non conforme. Commentaire du service des examens : « ${typographieFr(p.commentaire)} »` : fr`Pièce non conforme.`, limite];
  return [fr`Pièce non reçue à la date limite.`, limite];
}

function salutation(civilite: LettreSource["identite"]["civilite"]): string {
  return civilite ? `${CIVILITES[civilite]},` : "Madame, Monsieur,";
}

/** The letter of a demande de pièces, a relance or an annulation. */
export function contenuLettre(s: LettreSource): LettreContenu {
  const zone = s.academie.timeZone;
  const service = `Service des examens – académie ${deNom(s.academie.nom)}`;
  const emetteur = [`Académie ${deNom(s.academie.nom)}`, "Service des examens", ...lignesAdresse(s.academie.adressePostale)];
  const references: [string, string][] = [
    ["Examen", `${s.examen}${s.specialite ? ` – ${s.specialite}` : ""}`],
    ["Session", s.session],
    ...(s.numero ? ([[fr`Numéro d'inscription`, s.numero]] as [string, string][]) : []),
  ];
  const message = s.message.trim() ? typographieFr(s.message.trim()) : "";
  const postales = s.pieces.some((p) => p.mode === "POSTAL");
  const adresseEnvoi = lignesAdresse(s.academie.adressePostale);
  const base = {
    emetteur,
    destinataire: blocAdresse(s.identite, s.adresse),
    lieuDate: `Le ${formatJourFr(s.date, zone)}`,
    references,
    salutation: salutation(s.identite.civilite),
    formule: fr`Nous vous prions d'agréer, ${salutation(s.identite.civilite).replace(/,$/, "")}, l'expression de nos salutations distinguées.`,
    signature: [service],
  };

  if (s.type === "ANNULATION") {
    return {
      ...base,
      titre: `Notification d’annulation – ${s.examen}, ${s.session}`,
      mentionEnvoi: "Lettre recommandée avec accusé de réception",
      objet: fr`Annulation de votre inscription pour dossier incomplet`,
      avant: [
        fr`À la date limite de dépôt des pièces justificatives, le ${instantLocal(s.clotureDepot, zone)}, votre dossier d'inscription était incomplet. Les pièces suivantes manquaient ou n'étaient pas conformes :`,
      ],
      pieces: s.pieces.map((p) => ({ libelle: libellePiece(p.pieceCode), details: detailsAnnulation(p, zone) })),
      apres: [
        fr`Motif de l'annulation : ${message}`,
        fr`Conformément aux modalités d'inscription de l'académie, tout dossier incomplet après la date limite entraîne l'annulation de l'inscription. Votre inscription${s.numero ? ` n° ${s.numero}` : ""} est en conséquence annulée à compter du ${formatJourFr(s.date, zone)}.`,
        fr`Cette décision figure dans votre espace candidat, rubrique « Mes documents ». Pour toute question, adressez-vous au service des examens de l'académie ${deNom(s.academie.nom)}.`,
      ],
    };
  }

  const relance = s.type === "RELANCE_PIECES";
  const derniere = s.pieces.map((p) => p.fenetre.closesAt).sort((a, b) => b.getTime() - a.getTime())[0] ?? s.clotureDepot;
  return {
    ...base,
    titre: `${relance ? "Relance" : "Demande de pièces"} – ${s.examen}, ${s.session}`,
    mentionEnvoi: null,
    objet: relance ? fr`Relance : pièces justificatives manquantes` : fr`Demande de pièces justificatives`,
    avant: [
      relance
        ? fr`Sauf erreur de notre part, votre dossier d'inscription est toujours incomplet : nous n'avons pas reçu, ou pas pu accepter, les pièces justificatives suivantes.`
        : fr`Votre dossier d'inscription est incomplet. Pour que votre inscription soit prise en compte, nous vous demandons de fournir les pièces justificatives suivantes.`,
    ],
    pieces: s.pieces.map((p) => ({ libelle: libellePiece(p.pieceCode), details: detailsDemande(p, zone) })),
    apres: [
      ...(message ? [fr`Message du service des examens : ${message}`] : []),
      ...(postales
        ? [adresseEnvoi.length > 0 ? fr`Les pièces à envoyer par la poste sont à adresser à : ${adresseEnvoi.join(", ")}.` : fr`Les pièces à envoyer par la poste sont à adresser au service des examens de l'académie ${deNom(s.academie.nom)}.`]
        : []),
      fr`Date limite : ${instantLocal(derniere, zone)}. Au-delà, tout dossier incomplet entraîne l'annulation de l'inscription.`,
    ],
  };
}

/** Every string the PDF will print (checked against the font before anything is drawn). */
export function textesLettre(c: LettreContenu): string[] {
  return [
    c.titre,
    ...c.emetteur,
    ...c.destinataire,
    c.mentionEnvoi ?? "",
    c.lieuDate,
    c.objet,
    ...c.references.flat(),
    c.salutation,
    ...c.avant,
    ...c.pieces.flatMap((p) => [p.libelle, ...p.details]),
    ...c.apres,
    c.formule,
    ...c.signature,
  ];
}

/** The mail that goes with the letter: one per candidate and letter. */
export function courrielLettre(s: LettreSource): { sujet: string; paragraphes: string[] } {
  const zone = s.academie.timeZone;
  const candidature = `${s.examen}, ${s.session}, académie ${deNom(s.academie.nom)}`;
  const bonjour = `Bonjour ${s.identite.prenoms},`;
  const message = s.message.trim() ? typographieFr(s.message.trim()) : "";
  const liste = s.pieces.map((p) => `– ${libellePiece(p.pieceCode)}${p.etat === "NON_CONFORME" ? " (non conforme)" : p.etat === "A_TRANSMETTRE" ? " (à transmettre)" : ""}`).join("\n");
  if (s.type === "ANNULATION") {
    return {
      sujet: "Annulation de votre inscription",
      paragraphes: [
        bonjour,
        fr`Votre inscription (${candidature}${s.numero ? `, n° ${s.numero}` : ""}) est annulée : votre dossier était incomplet à la date limite de dépôt des pièces, le ${instantLocal(s.clotureDepot, zone)}.`,
        fr`Motif : ${message}`,
        fr`La lettre de notification est dans « Mes documents » ; elle vous est aussi adressée par lettre recommandée.`,
      ],
    };
  }
  const derniere = s.pieces.map((p) => p.fenetre.closesAt).sort((a, b) => b.getTime() - a.getTime())[0] ?? s.clotureDepot;
  return {
    sujet: s.type === "RELANCE_PIECES" ? "Relance : pièces justificatives manquantes" : "Demande de pièces justificatives",
    paragraphes: [
      bonjour,
      fr`Votre dossier d'inscription (${candidature}) est incomplet. Pièces à fournir :`,
      liste,
      ...(message ? [fr`Message du service des examens : ${message}`] : []),
      fr`Date limite : ${instantLocal(derniere, zone)}. Le courrier détaillé est dans « Mes documents ».`,
    ],
  };
}
