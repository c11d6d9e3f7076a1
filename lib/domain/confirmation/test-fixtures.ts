// A confirmation's source for the unit tests: Clermont-Ferrand, a candidate whose names need more
// than Latin-1 (Ł, ễ, ị, Ğ, Ø), bénéfices de notes, EPS apte, an LVF, typography with U+202F.
import type { SpecialiteInfo } from "../candidature/types";
import { epreuvesBacPro } from "../catalogue/test-fixtures";
import type { ConfirmationSource } from "./contenu";
import { piecesConfirmation } from "./pieces";

// Also read by the benchmark: no vitest import here.
const MCV_A: SpecialiteInfo = {
  codeDiplome: "40031213",
  libelle: "Métiers du commerce et de la vente option A",
  secteur: "SERVICES",
  nbLanguesObligatoires: 2,
  travailEnHauteur: false,
};

export const ZONE = "Europe/Paris";
export const ENREGISTRE_AT = new Date("2023-11-20T14:05:00Z");
export const GENERE_AT = new Date("2023-11-20T14:05:02Z");

export function sourceConfirmation(overrides: Partial<ConfirmationSource> = {}): ConfirmationSource {
  return {
    academie: {
      nom: "Clermont-Ferrand",
      adressePostale: "Rectorat de l'académie de Clermont-Ferrand\nDivision des examens et concours – Bureau des baccalauréats professionnels\n1 avenue de l'Exemple\n63000 Clermont-Ferrand",
      timeZone: ZONE,
    },
    examen: { libelle: "Baccalauréat professionnel" },
    session: { libelle: "Session 2024", annee: 2024 },
    specialite: MCV_A,
    epreuves: epreuvesBacPro(MCV_A),
    specialitesExamen: [MCV_A],
    numero: "2024-06-BCP-000042",
    version: 2,
    identite: {
      civilite: "MONSIEUR",
      nomNaissance: "Nguyễn Thị",
      nomUsage: "Øyvind-Ğül",
      prenoms: "Łukasz Ğül",
      dateNaissance: new Date("2001-03-14T00:00:00Z"),
      paysNaissance: "PL",
    },
    donnees: {
      identification: {
        adresse: "12 rue de l’Exemple",
        complement: "Résidence « Les Tilleuls »\u202fbât.\u202fB",
        codePostal: "63000",
        commune: "Clermont-Ferrand",
        pays: "FR",
        pcsRepresentantLegal: "61",
        telephone: "06 12 34 56 78",
      },
      informations: {
        typeCandidature: "DEJA_PRESENTE",
        organisme: "Lycée Ørsted",
        sessionPrecedente: 2023,
        formePrecedente: "GLOBALE",
        ajourne: true,
        handicap: false,
        jdcEnRegle: true,
        diffusionPresse: true,
        diffusionInternet: false,
      },
      qualification: { specialiteCode: "40031213", formePassage: "GLOBALE" },
      acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E2", note: 12.5, sessionAnnee: 2023 }] },
      epreuves: { lva: "anglais", lvb: "espagnol", lvf: "portugais", facultatives: [], epsChoix: "APTE", epsActivites: ["danse", "demi-fond"], epsNotificationMdph: false },
    } as ConfirmationSource["donnees"],
    pieces: piecesConfirmation(
      [
        { pieceCode: "CINSIG01", motif: "Tous les candidats" },
        { pieceCode: "1NATID01", motif: "Tous les candidats" },
        { pieceCode: "RELEVE01", motif: "Candidat ayant déjà présenté l’examen" },
      ],
      {
        academie: { nom: "Clermont-Ferrand", timeZone: ZONE, adressePostale: "Rectorat de l'académie de Clermont-Ferrand\n1 avenue de l'Exemple\n63000 Clermont-Ferrand" },
        examen: { libelle: "Baccalauréat professionnel" },
        inscriptionOuverture: new Date("2023-10-19T07:00:00Z"),
        inscriptionCloture: new Date("2023-12-01T16:00:00Z"),
        depotOuverture: new Date("2023-10-19T07:00:00Z"),
        depotCloture: new Date("2023-12-01T16:00:00Z"),
        confirmationLimite: new Date("2023-12-08T16:00:00Z"),
        pieces: [{ pieceCode: "RELEVE01", mode: "POSTAL" }],
      },
      MCV_A,
    ),
    enregistreAt: ENREGISTRE_AT,
    genereAt: GENERE_AT,
    verification: { code: "7KQ2-M9XD-4HTV", url: "http://localhost:3000/verifier/7KQ2-M9XD-4HTV" },
    ...overrides,
  };
}
