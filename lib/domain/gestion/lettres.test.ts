import { describe, expect, it } from "vitest";
import { blocAdresse, contenuLettre, courrielLettre, nomDestinataire, textesLettre, type LettreSource } from "./lettres";
import type { PieceLettre } from "./operations";

const fenetre = { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") };
const pieces: PieceLettre[] = [
  { pieceCode: "1NATID01", mode: "UPLOAD", etat: "A_FOURNIR", commentaire: null, fenetre },
  { pieceCode: "CERTRV01", mode: "UPLOAD", etat: "NON_CONFORME", commentaire: "Il manque l'année 2021", fenetre },
  { pieceCode: "JDCREC01", mode: "POSTAL", etat: "A_FOURNIR", commentaire: null, fenetre },
];
const source = (over: Partial<LettreSource> = {}): LettreSource => ({
  type: "RELANCE_PIECES",
  academie: { nom: "Clermont-Ferrand", adressePostale: "Rectorat – DEC\n3 avenue Vercingétorix\n63033 Clermont-Ferrand cedex 1", timeZone: "Europe/Paris" },
  examen: "Baccalauréat professionnel",
  session: "Session 2024",
  specialite: "Métiers du commerce et de la vente",
  numero: "2024-06-BACPRO-000042",
  identite: { civilite: "MADAME", nomNaissance: "Nguyễn", nomUsage: null, prenoms: "Thị Lan" },
  adresse: { adresse: "12 rue des Tilleuls", complement: "Bât. B", codePostal: "63000", commune: "Clermont-Ferrand", pays: "FR" },
  pieces,
  message: "Merci de faire vite : la commission se réunit bientôt.",
  clotureDepot: fenetre.closesAt,
  date: new Date("2023-11-20T10:00:00Z"),
  ...over,
});
const plat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

describe("letters of the back office", () => {
  it("addresses the candidate as an envelope's window expects, the country abroad", () => {
    expect(nomDestinataire(source().identite)).toBe("Madame Thị Lan NGUYỄN");
    expect(blocAdresse(source().identite, source().adresse)).toEqual(["Madame Thị Lan NGUYỄN", "12 rue des Tilleuls", "Bât. B", "63000 CLERMONT-FERRAND"]);
    expect(blocAdresse({ civilite: null, nomNaissance: "Martin", nomUsage: "Durand", prenoms: "Alex" }, { adresse: "Rue du Lac 4", codePostal: "1200", commune: "Genève", pays: "CH" })).toEqual([
      "Alex DURAND",
      "Rue du Lac 4",
      "1200 GENÈVE",
      "SUISSE",
    ]);
    expect(blocAdresse(source().identite, null)).toEqual(["Madame Thị Lan NGUYỄN"]);
  });

  it("a relance lists each piece with its state, the manager's comment and its deadline in the académie's local time, then the message", () => {
    const c = contenuLettre(source());
    expect(c.objet).toBe("Relance : pièces justificatives manquantes".replace(" :", "\u00a0:"));
    expect(c.mentionEnvoi).toBeNull();
    expect(c.salutation).toBe("Madame,");
    expect(c.pieces.map((p) => p.libelle)).toEqual([
      "Document justifiant l’identité, en cours de validité",
      "Certificats de travail justifiant de 3 ans d’expérience dans le domaine du diplôme",
      "Certificat de participation à la journée défense et citoyenneté ou attestation de recensement",
    ]);
    const details = c.pieces.map((p) => p.details.map(plat));
    expect(details[0]).toEqual(["Pièce manquante, à déposer en ligne dans « Mes justificatifs » avant le vendredi 1er décembre 2023 à 17 h 00, heure de Paris."]);
    expect(details[1]).toEqual([
      "Pièce non conforme. Commentaire du service des examens : « Il manque l'année 2021 »",
      "Nouvelle pièce à déposer en ligne dans « Mes justificatifs » avant le vendredi 1er décembre 2023 à 17 h 00, heure de Paris.",
    ]);
    // A postmark carries a day: the last day of the window (closing exclusive).
    expect(details[2]).toEqual(["Pièce manquante, à envoyer par la poste au plus tard le vendredi 1er décembre 2023, cachet de la poste faisant foi."]);
    expect(c.apres.map(plat)).toEqual([
      "Message du service des examens : Merci de faire vite : la commission se réunit bientôt.",
      "Les pièces à envoyer par la poste sont à adresser à : Rectorat – DEC, 3 avenue Vercingétorix, 63033 Clermont-Ferrand cedex 1.",
      "Date limite : vendredi 1er décembre 2023 à 17 h 00, heure de Paris. Au-delà, tout dossier incomplet entraîne l'annulation de l'inscription.",
    ]);
    expect(c.lieuDate).toBe("Le lundi 20 novembre 2023");
    expect(c.references).toContainEqual(["Numéro d’inscription", "2024-06-BACPRO-000042"]);
  });

  it("says the deadline in the académie's own zone", () => {
    const c = contenuLettre(source({ academie: { nom: "La Réunion", adressePostale: null, timeZone: "Indian/Reunion" }, pieces: [pieces[0]!] }));
    expect(plat(c.pieces[0]!.details[0]!)).toContain("avant le vendredi 1er décembre 2023 à 20 h 00, heure de La Réunion.");
  });

  it("a demande without a message says nothing of one", () => {
    const c = contenuLettre(source({ type: "DEMANDE_PIECES", message: "  ", pieces: [pieces[0]!] }));
    expect(plat(c.objet)).toBe("Demande de pièces justificatives");
    expect(c.apres.some((p) => p.includes("Message"))).toBe(false);
  });

  it("an annulation goes by registered post, with the reason and the pieces missing at the deadline", () => {
    const c = contenuLettre(source({ type: "ANNULATION", message: "Dossier incomplet au 1er décembre.", pieces: pieces.slice(0, 2), date: new Date("2023-12-04T09:00:00Z") }));
    expect(c.mentionEnvoi).toBe("Lettre recommandée avec accusé de réception");
    expect(plat(c.avant[0]!)).toBe("À la date limite de dépôt des pièces justificatives, le vendredi 1er décembre 2023 à 17 h 00, heure de Paris, votre dossier d'inscription était incomplet. Les pièces suivantes manquaient ou n'étaient pas conformes :");
    expect(c.pieces[0]!.details.map(plat)).toEqual(["Pièce non reçue à la date limite.", "Date limite : vendredi 1er décembre 2023 à 17 h 00, heure de Paris."]);
    expect(plat(c.apres[0]!)).toBe("Motif de l'annulation : Dossier incomplet au 1er décembre.");
    expect(plat(c.apres[1]!)).toContain("Votre inscription n° 2024-06-BACPRO-000042 est en conséquence annulée à compter du lundi 4 décembre 2023.");
    expect(textesLettre(c)).toContain("Madame Thị Lan NGUYỄN");
  });

  it("the mail repeats the pieces and the deadline, and points to Mes documents", () => {
    const m = courrielLettre(source());
    expect(m.sujet).toBe("Relance : pièces justificatives manquantes");
    expect(m.paragraphes.map(plat)).toContain(
      "– Document justifiant l'identité, en cours de validité\n– Certificats de travail justifiant de 3 ans d'expérience dans le domaine du diplôme (non conforme)\n– Certificat de participation à la journée défense et citoyenneté ou attestation de recensement",
    );
    expect(plat(m.paragraphes.at(-1)!)).toBe("Date limite : vendredi 1er décembre 2023 à 17 h 00, heure de Paris. Le courrier détaillé est dans « Mes documents ».");
    expect(courrielLettre(source({ type: "ANNULATION" })).sujet).toBe("Annulation de votre inscription");
  });
});
