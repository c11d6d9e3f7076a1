import { describe, expect, it } from "vitest";
import { computeRequiredPieces, isUnder25OnDecember31 } from "./pieces";
import { PIECES_CATALOGUE } from "./pieces-catalogue";
import { informationsSchema, type CandidatureData } from "./schemas";
import { FORMULAIRES_VALIDES, MCV_A, MELEC } from "./test-fixtures";

const session = { annee: 2024 };
const informations = (change: Record<string, unknown>) => informationsSchema.parse({ ...FORMULAIRES_VALIDES.informations, ...change });
const codes = (candidature: Partial<CandidatureData>, dateNaissance: string | Date | null = "1990-05-30", specialite = MCV_A) =>
  computeRequiredPieces(candidature, session, { dateNaissance, specialite }).map((p) => p.pieceCode);

describe("isUnder25OnDecember31 (NM: « – de 25 ans au 31 décembre 2023 » for session 2024)", () => {
  it.each([
    ["1999-01-01", true], // 24 on 31/12/2023
    ["1999-12-31", true],
    ["1998-12-31", false], // 25 on 31/12/2023
    ["1998-01-01", false],
    ["2005-06-15", true],
  ])("born %s → %s", (date, under25) => expect(isUnder25OnDecember31(date, 2023)).toBe(under25));

  it("reads a Prisma @db.Date (UTC midnight)", () => {
    expect(isUnder25OnDecember31(new Date("1999-01-01T00:00:00Z"), 2023)).toBe(true);
    expect(isUnder25OnDecember31(new Date("1998-12-31T00:00:00Z"), 2023)).toBe(false);
  });
});

describe("computeRequiredPieces", () => {
  it("always asks for the signed confirmation and the identity document", () => {
    expect(computeRequiredPieces({}, session, { dateNaissance: "1980-01-01" })).toEqual([
      { pieceCode: "CINSIG01", motif: "Tous les candidats" },
      { pieceCode: "1NATID01", motif: "Tous les candidats" },
    ]);
  });

  it.each<[string, string | Date | null, boolean]>([
    ["24 on 31 December of the registration year", "1999-03-01", true],
    ["25 on 31 December of the registration year", "1998-12-31", false],
    ["unknown date of birth", null, true],
  ])("JDC / recensement: %s → %s", (_, date, asked) => {
    expect(codes({}, date).includes("JDCREC01")).toBe(asked);
  });

  it("gives the JDC motif with the year", () => {
    expect(computeRequiredPieces({}, session, { dateNaissance: "2001-01-01" })[2]).toEqual({
      pieceCode: "JDCREC01",
      motif: "Moins de 25 ans au 31 décembre 2023",
    });
  });

  it.each<[string, Partial<CandidatureData>, string[]]>([
    ["enseignement à distance", { informations: informations({ typeCandidature: "ENSEIGNEMENT_A_DISTANCE", organisme: "CNED" }) }, ["ATTFOR01", "ATTSTG01"]],
    ["formation continue", { informations: informations({ typeCandidature: "FORMATION_CONTINUE", organisme: "GRETA" }) }, ["ATTFOR01"]],
    ["3 years' experience", { informations: informations({}) }, ["CERTRV01"]],
    [
      "already sat",
      { informations: informations({ typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2023", formePrecedente: "GLOBALE", ajourne: "oui" }) },
      ["RELEVE01"],
    ],
    ["handicap with an existing aménagement", { informations: informations({ handicap: "oui", amenagementExistant: "oui" }) }, ["CERTRV01", "AMENAG01"]],
    ["handicap, new request", { informations: informations({ handicap: "oui", amenagementExistant: "non" }) }, ["CERTRV01"]],
    ["bénéfices", { acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: 12, sessionAnnee: 2023 }] } }, ["RELEVE01"]],
    [
      "dispenses from a diploma",
      {
        acquis: {
          type: "DISPENSES_DIPLOME",
          diplome: "BAC_GENERAL",
          disciplines: ["LVA"],
          diplomeComporteLvb: false,
          diplomeComporteEcoGestion: false,
          diplomeComporteEcoDroit: false,
          diplomeComportePhysiqueChimie: false,
        },
      },
      ["DIPLOM01"],
    ],
    ["dispenses from another spécialité", { acquis: { type: "AUTRE_SPECIALITE", autreSpecialiteCode: "40025520", anneeObtention: 2022, epreuves: ["E5"] } }, ["RELEVE01"]],
    ["VAE", { acquis: { type: "DISPENSES_VAE", anneeObtention: 2022, epreuves: ["E2"] } }, ["VAEDEC01"]],
    ["EPS inapte", { epreuves: { lva: "anglais", facultatives: [], epsChoix: "INAPTE", epsActivites: [], epsNotificationMdph: false } }, ["CMEPS01"]],
    ["EPS adaptée", { epreuves: { lva: "anglais", facultatives: [], epsChoix: "ADAPTEE", epsActivites: ["800 mètres marche"], epsNotificationMdph: true } }, ["MDPH01"]],
    ["EPS apte", { epreuves: { lva: "anglais", facultatives: [], epsChoix: "APTE", epsActivites: ["danse", "demi-fond"], epsNotificationMdph: false } }, []],
  ])("%s", (_, candidature, extra) => {
    expect(codes(candidature)).toEqual(["CINSIG01", "1NATID01", ...extra]);
  });

  it("asks for the travail en hauteur attestation when the spécialité's flag says so", () => {
    expect(codes({}, "1980-01-01", MELEC)).toEqual(["CINSIG01", "1NATID01", "HAUTEU01"]);
  });

  it("lists a piece once, with all its motifs", () => {
    const pieces = computeRequiredPieces(
      {
        informations: informations({ typeCandidature: "DEJA_PRESENTE", sessionPrecedente: "2023", formePrecedente: "GLOBALE", ajourne: "oui" }),
        acquis: { type: "BENEFICES_NOTES", benefices: [{ epreuveCode: "E5", note: 12, sessionAnnee: 2023 }] },
      },
      session,
      { dateNaissance: "1980-01-01" },
    );
    expect(pieces.filter((p) => p.pieceCode === "RELEVE01")).toEqual([
      { pieceCode: "RELEVE01", motif: "Candidat ayant déjà présenté l’examen\u00a0; Bénéfices de notes demandés" },
    ]);
  });

  it("only uses codes of the catalogue, each with a libellé and a rubrique", () => {
    expect(new Set(PIECES_CATALOGUE.map((p) => p.code)).size).toBe(PIECES_CATALOGUE.length);
    for (const piece of PIECES_CATALOGUE) {
      expect(piece.code).toMatch(/^[0-9A-Z]{5,8}$/);
      expect(piece.libelle).not.toBe("");
      expect(piece.rubrique).not.toBe("");
    }
  });
});
