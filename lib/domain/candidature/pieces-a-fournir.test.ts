import { describe, expect, it } from "vitest";
import { localToInstant } from "../calendar";
import { findAcademieByCode } from "../data/academies";
import { findExamen, type ExamenCodeData } from "../data/examens";
import { addDaysLocal, demoSessions, SESSIONS_REELLES, type SessionData } from "../data/sessions";
import { computeRequiredPieces, describeRequiredPieces, fenetrePiece, modePiece, type PieceAFournir, type PiecesSession } from "./pieces";
import { PIECES_CATALOGUE } from "./pieces-catalogue";
import { MELEC } from "./test-fixtures";

const NB = "\u00a0";

function instant(local: string, zone: string): Date {
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

/** A session as prisma/seed.ts stores it: every piece of the catalogue, in the session's mode. */
function fromSeed(s: SessionData): PiecesSession {
  const academie = findAcademieByCode(s.academieCode);
  if (!academie) throw new Error(`académie ${s.academieCode}`);
  const zone = academie.timeZone;
  const at = (local: string | undefined) => (local ? instant(local, zone) : null);
  return {
    academie: { nom: academie.nom, timeZone: zone, adressePostale: academie.adressePostale ?? null },
    examen: { libelle: findExamen(s.examen).libelle },
    inscriptionOuverture: instant(s.inscriptionOuvertureLocal, zone),
    inscriptionCloture: instant(s.inscriptionClotureLocal, zone),
    depotOuverture: at(s.depotOuvertureLocal),
    depotCloture: at(s.depotClotureLocal),
    confirmationLimite: at(s.confirmationLimiteLocal),
    pieces: PIECES_CATALOGUE.map((p) => ({ pieceCode: p.code, mode: s.modePieces })),
  };
}

function seed(academieCode: string, examen: ExamenCodeData, annee: number): PiecesSession {
  const s = SESSIONS_REELLES.find((x) => x.academieCode === academieCode && x.examen === examen && x.annee === annee);
  if (!s) throw new Error(`session ${academieCode}/${examen}/${annee}`);
  return fromSeed(s);
}

// The two pieces every candidature requires (pieces.test.ts), plus the EPS certificate.
const REQUISES = [
  { pieceCode: "CINSIG01", motif: "Tous les candidats" },
  { pieceCode: "1NATID01", motif: "Tous les candidats" },
  { pieceCode: "CMEPS01", motif: "Inaptitude à l’EPS" },
] as const;

const byCode = (pieces: PieceAFournir[], code: string) => {
  const piece = pieces.find((p) => p.code === code);
  if (!piece) throw new Error(`piece ${code}`);
  return piece;
};

const ADRESSE_NM = [
  "Rectorat de l’académie de Nancy-Metz",
  "Division des examens – Inscription au bac pro (indiquer la spécialité)",
  "1 rue de l’Exemple – CS 00000",
  "54000 Nancy Cedex",
];
const ADRESSE_AX = [
  "Rectorat de l’académie d’Aix-Marseille",
  "Division des examens et concours – Bureau des examens professionnels",
  "(préciser l’intitulé du diplôme)",
  "1 place de l’Exemple",
  "13000 Aix-en-Provence",
];

type Cas = {
  /** Session: académie code, exam, year. */
  session: [string, ExamenCodeData, number];
  code: string;
  mode: "UPLOAD" | "POSTAL";
  fenetre: [string, string];
  consigne: string;
  envoi: { adresse: string[]; mention: string } | null;
};

describe("describeRequiredPieces, notice by notice", () => {
  it.each<[string, Cas]>([
    [
      // Nancy-Metz 000_: "Toutes les pièces justificatives doivent être envoyées par voie postale
      // (cachet de la poste faisant foi), au plus tard le 09 décembre 2023", to the DEC5 with
      // "Inscription au BAC PRO (indiquer la spécialité)".
      "Nancy-Metz 2024, identity document by post",
      {
        session: ["12", "BAC_PRO", 2024],
        code: "1NATID01",
        mode: "POSTAL",
        fenetre: ["2023-11-06T09:00:00.000Z", "2023-12-09T22:59:00.000Z"],
        consigne: `À envoyer par la poste au plus tard le samedi 9 décembre 2023, cachet de la poste faisant foi, à${NB}: ${ADRESSE_NM.join(", ")}.`,
        envoi: {
          adresse: ADRESSE_NM,
          mention: `Précisez sur l’enveloppe${NB}: Baccalauréat professionnel, spécialité Métiers de l’électricité et de ses environnements connectés (40025520).`,
        },
      },
    ],
    [
      // Nancy-Metz 000_: "Confirmation d'inscription datée et signée" goes with the pieces, same postmark day.
      "Nancy-Metz 2024, signed confirmation by post",
      {
        session: ["12", "BAC_PRO", 2024],
        code: "CINSIG01",
        mode: "POSTAL",
        fenetre: ["2023-11-06T09:00:00.000Z", "2023-12-09T22:59:00.000Z"],
        consigne: `À envoyer par la poste au plus tard le samedi 9 décembre 2023, cachet de la poste faisant foi, à${NB}: ${ADRESSE_NM.join(", ")}.`,
        envoi: {
          adresse: ADRESSE_NM,
          mention: `Précisez sur l’enveloppe${NB}: Baccalauréat professionnel, spécialité Métiers de l’électricité et de ses environnements connectés (40025520).`,
        },
      },
    ],
    [
      // Clermont 001_: "Toutes les pièces justificatives sont à déposer dans Cyclades", from the
      // opening "jeudi 19 octobre 2023 à 9h" to the closing "vendredi 1er Décembre 2023 à 17h".
      "Clermont-Ferrand 2024, identity document online",
      {
        session: ["06", "BAC_PRO", 2024],
        code: "1NATID01",
        mode: "UPLOAD",
        fenetre: ["2023-10-19T07:00:00.000Z", "2023-12-01T16:00:00.000Z"],
        consigne: `À déposer en ligne du jeudi 19 octobre 2023 à 9${NB}h${NB}00 au vendredi 1er décembre 2023 à 17${NB}h${NB}00 (heure de Paris).`,
        envoi: null,
      },
    ],
    [
      // Clermont 001_: the signed récapitulatif is uploaded too, by the same closing.
      "Clermont-Ferrand 2024, signed confirmation online by closing",
      {
        session: ["06", "BAC_PRO", 2024],
        code: "CINSIG01",
        mode: "UPLOAD",
        fenetre: ["2023-10-19T07:00:00.000Z", "2023-12-01T16:00:00.000Z"],
        consigne: `À déposer en ligne du jeudi 19 octobre 2023 à 9${NB}h${NB}00 au vendredi 1er décembre 2023 à 17${NB}h${NB}00 (heure de Paris).`,
        envoi: null,
      },
    ],
    [
      // Nice 002_ §7: "téléversée … avec les pièces justificatives au plus tard une semaine après la
      // clôture du serveur d'inscription"; bac pro closes "mercredi 22 novembre 2023, 17 heures".
      "Nice 2024 bac pro, signed confirmation one week after closing",
      {
        session: ["23", "BAC_PRO", 2024],
        code: "CINSIG01",
        mode: "UPLOAD",
        fenetre: ["2023-10-18T13:00:00.000Z", "2023-11-29T16:00:00.000Z"],
        consigne: `À déposer en ligne du mercredi 18 octobre 2023 à 15${NB}h${NB}00 au mercredi 29 novembre 2023 à 17${NB}h${NB}00 (heure de Paris), soit une semaine après la clôture des inscriptions.`,
        envoi: null,
      },
    ],
    [
      // Nice 002_ §7: the other pieces travel with the confirmation, same deadline, no reminder of it.
      "Nice 2024 bac pro, identity document with the confirmation",
      {
        session: ["23", "BAC_PRO", 2024],
        code: "1NATID01",
        mode: "UPLOAD",
        fenetre: ["2023-10-18T13:00:00.000Z", "2023-11-29T16:00:00.000Z"],
        consigne: `À déposer en ligne du mercredi 18 octobre 2023 à 15${NB}h${NB}00 au mercredi 29 novembre 2023 à 17${NB}h${NB}00 (heure de Paris).`,
        envoi: null,
      },
    ],
    [
      // Nice 002_ §1: BP closes "mardi 28 novembre 2023 à 17 heures", so its confirmation is due a week later.
      "Nice 2024 BP, signed confirmation one week after its own closing",
      {
        session: ["23", "BP", 2024],
        code: "CINSIG01",
        mode: "UPLOAD",
        fenetre: ["2023-10-31T14:00:00.000Z", "2023-12-05T16:00:00.000Z"],
        consigne: `À déposer en ligne du mardi 31 octobre 2023 à 15${NB}h${NB}00 au mardi 5 décembre 2023 à 17${NB}h${NB}00 (heure de Paris), soit une semaine après la clôture des inscriptions.`,
        envoi: null,
      },
    ],
    [
      // Nice 002_ §1: CAP closes "vendredi 10 novembre 2023 à 17 heures".
      "Nice 2024 CAP, signed confirmation",
      {
        session: ["23", "CAP", 2024],
        code: "CINSIG01",
        mode: "UPLOAD",
        fenetre: ["2023-10-10T13:00:00.000Z", "2023-11-17T16:00:00.000Z"],
        consigne: `À déposer en ligne du mardi 10 octobre 2023 à 15${NB}h${NB}00 au vendredi 17 novembre 2023 à 17${NB}h${NB}00 (heure de Paris), soit une semaine après la clôture des inscriptions.`,
        envoi: null,
      },
    ],
    [
      // Aix-Marseille 003_ §3: bac pro and MC "entre le LUNDI 25 OCTOBRE et le DIMANCHE 7 NOVEMBRE",
      // "RECTORAT D'AIX-MARSEILLE, DIEC 3.05 (merci de préciser l'intitulé du diplôme)".
      "Aix-Marseille 2022 bac pro, postal window",
      {
        session: ["02", "BAC_PRO", 2022],
        code: "CINSIG01",
        mode: "POSTAL",
        fenetre: ["2021-10-24T22:00:00.000Z", "2021-11-07T22:59:00.000Z"],
        consigne: `À envoyer par la poste entre le lundi 25 octobre 2021 et le dimanche 7 novembre 2021, cachet de la poste faisant foi, à${NB}: ${ADRESSE_AX.join(", ")}.`,
        envoi: {
          adresse: ADRESSE_AX,
          mention: `Précisez sur l’enveloppe${NB}: Baccalauréat professionnel, spécialité Métiers de l’électricité et de ses environnements connectés (40025520).`,
        },
      },
    ],
    [
      "Aix-Marseille 2022 MC, the bac pro's postal window",
      {
        session: ["02", "MC", 2022],
        code: "1NATID01",
        mode: "POSTAL",
        fenetre: ["2021-10-24T22:00:00.000Z", "2021-11-07T22:59:00.000Z"],
        consigne: `À envoyer par la poste entre le lundi 25 octobre 2021 et le dimanche 7 novembre 2021, cachet de la poste faisant foi, à${NB}: ${ADRESSE_AX.join(", ")}.`,
        envoi: { adresse: ADRESSE_AX, mention: `Précisez sur l’enveloppe${NB}: Mention complémentaire.` },
      },
    ],
    [
      // Aix-Marseille 003_ §3: BP "entre le LUNDI 8 NOVEMBRE et le DIMANCHE 21 NOVEMBRE".
      "Aix-Marseille 2022 BP, its own postal window",
      {
        session: ["02", "BP", 2022],
        code: "CINSIG01",
        mode: "POSTAL",
        fenetre: ["2021-11-07T23:00:00.000Z", "2021-11-21T22:59:00.000Z"],
        consigne: `À envoyer par la poste entre le lundi 8 novembre 2021 et le dimanche 21 novembre 2021, cachet de la poste faisant foi, à${NB}: ${ADRESSE_AX.join(", ")}.`,
        envoi: { adresse: ADRESSE_AX, mention: `Précisez sur l’enveloppe${NB}: Brevet professionnel.` },
      },
    ],
    [
      // Aix-Marseille 003_ §3: CAP "entre le MERCREDI 1er DECEMBRE et le MERCREDI 22 DECEMBRE".
      "Aix-Marseille 2022 CAP, its own postal window",
      {
        session: ["02", "CAP", 2022],
        code: "CMEPS01",
        mode: "POSTAL",
        fenetre: ["2021-11-30T23:00:00.000Z", "2021-12-22T22:59:00.000Z"],
        consigne: `À envoyer par la poste entre le mercredi 1er décembre 2021 et le mercredi 22 décembre 2021, cachet de la poste faisant foi, à${NB}: ${ADRESSE_AX.join(", ")}.`,
        envoi: { adresse: ADRESSE_AX, mention: `Précisez sur l’enveloppe${NB}: Certificat d’aptitude professionnelle.` },
      },
    ],
    [
      // Aix-Marseille 004_ (2021): uploaded in the candidate's space "pour le lundi 7 décembre 2020".
      "Aix-Marseille 2021, online until 7 December 2020",
      {
        session: ["02", "BAC_PRO", 2021],
        code: "CINSIG01",
        mode: "UPLOAD",
        fenetre: ["2020-11-01T23:00:00.000Z", "2020-12-07T22:59:00.000Z"],
        consigne: `À déposer en ligne du lundi 2 novembre 2020 à 0${NB}h${NB}00 au lundi 7 décembre 2020 à 23${NB}h${NB}59 (heure de Paris).`,
        envoi: null,
      },
    ],
  ])("%s", (_, cas) => {
    const [academie, examen, annee] = cas.session;
    const specialite = examen === "BAC_PRO" ? MELEC : null;
    const piece = byCode(describeRequiredPieces(REQUISES, seed(academie, examen, annee), specialite), cas.code);
    expect(piece.mode).toBe(cas.mode);
    expect([piece.fenetre.opensAt.toISOString(), piece.fenetre.closesAt.toISOString()]).toEqual(cas.fenetre);
    expect(piece.consigne).toBe(cas.consigne);
    expect(piece.envoi).toEqual(cas.envoi);
  });

  it("keeps the order, code, label, rubrique and motif of the required pieces", () => {
    const pieces = describeRequiredPieces(REQUISES, seed("06", "BAC_PRO", 2024), MELEC);
    expect(pieces.map(({ code, libelle, rubrique, motif }) => ({ code, libelle, rubrique, motif }))).toEqual([
      { code: "CINSIG01", libelle: "Confirmation d’inscription datée et signée", rubrique: "Confirmation d’inscription", motif: "Tous les candidats" },
      { code: "1NATID01", libelle: "Document justifiant l’identité, en cours de validité", rubrique: "Nationalité", motif: "Tous les candidats" },
      {
        code: "CMEPS01",
        libelle: "Certificat médical d’inaptitude à l’EPS (date de validité, signature et cachet du médecin)",
        rubrique: "Éducation physique et sportive",
        motif: "Inaptitude à l’EPS",
      },
    ]);
  });

  it("describes what computeRequiredPieces asks for", () => {
    const requises = computeRequiredPieces({}, { annee: 2024 }, { dateNaissance: "2001-01-01" });
    expect(describeRequiredPieces(requises, seed("12", "BAC_PRO", 2024)).map((p) => [p.code, p.mode])).toEqual([
      ["CINSIG01", "POSTAL"],
      ["1NATID01", "POSTAL"],
      ["JDCREC01", "POSTAL"],
    ]);
  });
});

describe("describeRequiredPieces, what the académie sets", () => {
  it("closes the confirmation a week after closing while the other pieces close with registration (demo sessions)", () => {
    // Demo sessions: pieces until closing, confirmation one week later at the same hour (sessions.ts).
    const demo = demoSessions(new Date("2026-03-15T12:00:00Z")).find((s) => s.academieCode === "06");
    if (!demo) throw new Error("demo Clermont");
    const pieces = describeRequiredPieces(REQUISES, fromSeed(demo), MELEC);
    const cloture = instant(demo.inscriptionClotureLocal, "Europe/Paris");
    expect(byCode(pieces, "1NATID01").fenetre.closesAt).toEqual(cloture);
    expect(byCode(pieces, "CINSIG01").fenetre.closesAt).toEqual(instant(addDaysLocal(demo.inscriptionClotureLocal, 7), "Europe/Paris"));
    expect(byCode(pieces, "CINSIG01").consigne).toMatch(/, soit une semaine après la clôture des inscriptions\.$/);
    expect(byCode(pieces, "1NATID01").consigne).not.toMatch(/semaine/);
  });

  it("takes each piece's mode from the session's rows, upload when a piece has none", () => {
    const session = { ...seed("06", "BAC_PRO", 2024), pieces: [{ pieceCode: "1NATID01", mode: "POSTAL" as const }] };
    expect(describeRequiredPieces(REQUISES, session).map((p) => [p.code, p.mode])).toEqual([
      ["CINSIG01", "UPLOAD"],
      ["1NATID01", "POSTAL"],
      ["CMEPS01", "UPLOAD"],
    ]);
    expect(modePiece(session, "JDCREC01")).toBe("UPLOAD");
  });

  it("uses the registration window when the session has no deposit dates", () => {
    const session = { ...seed("06", "BAC_PRO", 2024), depotOuverture: null, depotCloture: null, confirmationLimite: null };
    expect(fenetrePiece(session, "1NATID01")).toEqual({ opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture });
    expect(fenetrePiece(session, "CINSIG01")).toEqual({ opensAt: session.inscriptionOuverture, closesAt: session.inscriptionCloture });
  });

  it.each<[string, string, string | null]>([
    ["two weeks", "2023-12-15T17:00", ", soit 2 semaines après la clôture des inscriptions."],
    ["two days: no guess", "2023-12-03T17:00", null],
    ["a week but another hour", "2023-12-08T23:59", null],
  ])("states whole weeks after closing only: %s", (_, limite, fin) => {
    const session = { ...seed("06", "BAC_PRO", 2024), confirmationLimite: instant(limite, "Europe/Paris") };
    const consigne = byCode(describeRequiredPieces(REQUISES, session), "CINSIG01").consigne;
    if (fin) expect(consigne.endsWith(fin)).toBe(true);
    else expect(consigne).not.toMatch(/après la clôture/);
  });

  it("says where to send a postal piece when the académie has no address on file", () => {
    const session = { ...seed("12", "BAC_PRO", 2024), academie: { nom: "Aix-Marseille", timeZone: "Europe/Paris", adressePostale: null } };
    const piece = byCode(describeRequiredPieces(REQUISES, session), "1NATID01");
    expect(piece.consigne).toBe(
      "À envoyer par la poste au plus tard le samedi 9 décembre 2023, cachet de la poste faisant foi, au service des examens de l’académie d’Aix-Marseille.",
    );
    expect(piece.envoi).toEqual({ adresse: [], mention: `Précisez sur l’enveloppe${NB}: Baccalauréat professionnel.` });
  });

  it("gives a postmark day, never an hour: a window closing at midnight ends the day before, one closing at 17:00 that day", () => {
    const base = seed("12", "BAC_PRO", 2024);
    const minuit = { ...base, depotCloture: instant("2023-12-10T00:00", "Europe/Paris"), confirmationLimite: null };
    expect(byCode(describeRequiredPieces(REQUISES, minuit), "1NATID01").consigne).toMatch(/^À envoyer par la poste au plus tard le samedi 9 décembre 2023, /);
    const dixSeptHeures = { ...base, depotCloture: instant("2023-12-09T17:00", "Europe/Paris"), confirmationLimite: null };
    expect(byCode(describeRequiredPieces(REQUISES, dixSeptHeures), "1NATID01").consigne).toMatch(/^À envoyer par la poste au plus tard le samedi 9 décembre 2023, /);
  });

  it("speaks the académie's own time zone (La Réunion)", () => {
    const zone = "Indian/Reunion";
    const session: PiecesSession = {
      academie: { nom: "La Réunion", timeZone: zone, adressePostale: null },
      examen: { libelle: "Baccalauréat professionnel" },
      inscriptionOuverture: instant("2023-11-06T10:00", zone),
      inscriptionCloture: instant("2023-12-06T22:00", zone),
      depotOuverture: null,
      depotCloture: null,
      confirmationLimite: instant("2023-12-13T22:00", zone),
      pieces: [],
    };
    expect(byCode(describeRequiredPieces(REQUISES, session), "CINSIG01").consigne).toBe(
      `À déposer en ligne du lundi 6 novembre 2023 à 10${NB}h${NB}00 au mercredi 13 décembre 2023 à 22${NB}h${NB}00 (heure de La Réunion), soit une semaine après la clôture des inscriptions.`,
    );
  });

  it("writes every sentence with French typography", () => {
    for (const s of SESSIONS_REELLES) {
      for (const piece of describeRequiredPieces(REQUISES, fromSeed(s), MELEC)) {
        for (const text of [piece.consigne, piece.envoi?.mention ?? "", ...(piece.envoi?.adresse ?? [])]) {
          expect(text, text).not.toMatch(/'| [:;!?»]|« /);
        }
      }
    }
  });
});
