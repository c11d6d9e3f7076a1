import { describe, expect, it } from "vitest";
import {
  AnnulationSchema,
  avancement,
  CourrierSchema,
  decisionAnnulation,
  decisionCourrier,
  depotClos,
  LETTRES_PAR_PARTIE,
  lots,
  partiesLettres,
  peutRetablir,
  piecesARelancer,
  piecesManquantesApresCloture,
  resume,
  type CalendrierSession,
  type PieceDossier,
} from "./operations";

// Clermont-like calendar (Paris): registration and deposit close on 1 December at 17:00 local
// (16:00 UTC); the signed confirmation a week later, as Nice does [NI].
const calendrier: CalendrierSession = {
  inscriptionOuverture: new Date("2023-10-19T07:00:00Z"),
  inscriptionCloture: new Date("2023-12-01T16:00:00Z"),
  depotOuverture: new Date("2023-10-19T07:00:00Z"),
  depotCloture: new Date("2023-12-01T16:00:00Z"),
  confirmationLimite: new Date("2023-12-08T16:00:00Z"),
};
const AVANT = new Date("2023-11-20T10:00:00Z");
const JUSTE_AVANT = new Date("2023-12-01T15:59:59.999Z");
const A_LA_CLOTURE = new Date("2023-12-01T16:00:00Z");
const APRES_CONFIRMATION = new Date("2023-12-09T08:00:00Z");

const piece = (pieceCode: string, over: Partial<PieceDossier> = {}): PieceDossier => ({
  pieceCode,
  mode: "UPLOAD",
  statut: "ATTENDU",
  caduc: false,
  nbFichiers: 0,
  deposeAt: null,
  commentaire: null,
  ...over,
});

describe("piecesARelancer (demande de pièces, relance)", () => {
  it("asks for what is missing, non conforme (with its comment) or deposited but not handed in; never for a caduc, received or conforme piece", () => {
    const pieces = [
      piece("1NATID01"),
      piece("CERTRV01", { statut: "NON_CONFORME", commentaire: "Illisible", nbFichiers: 1 }),
      piece("JDCREC01", { statut: "DEPOSE", nbFichiers: 1, deposeAt: null }),
      piece("DIPLOM01", { statut: "DEPOSE", nbFichiers: 1, deposeAt: AVANT }),
      piece("RELEVE01", { statut: "RECUE" }),
      piece("ATTFOR01", { statut: "CONFORME" }),
      piece("HAUTEU01", { caduc: true }),
    ];
    expect(piecesARelancer(pieces, calendrier, AVANT).map((p) => [p.pieceCode, p.etat, p.commentaire])).toEqual([
      ["1NATID01", "A_FOURNIR", null],
      ["CERTRV01", "NON_CONFORME", "Illisible"],
      ["JDCREC01", "A_TRANSMETTRE", null],
    ]);
  });

  it("drops a piece whose window has closed (the exclusive closing instant), but keeps the confirmation until its own later deadline", () => {
    const pieces = [piece("1NATID01"), piece("CINSIG01")];
    expect(piecesARelancer(pieces, calendrier, JUSTE_AVANT).map((p) => p.pieceCode)).toEqual(["1NATID01", "CINSIG01"]);
    expect(piecesARelancer(pieces, calendrier, A_LA_CLOTURE).map((p) => p.pieceCode)).toEqual(["CINSIG01"]);
    expect(piecesARelancer(pieces, calendrier, APRES_CONFIRMATION)).toEqual([]);
  });

  it("a letter only for a registered candidature with something to ask for", () => {
    expect(decisionCourrier("ENREGISTREE", [piece("1NATID01")], calendrier, AVANT)).toMatchObject({ ok: true });
    expect(decisionCourrier("BROUILLON", [piece("1NATID01")], calendrier, AVANT)).toEqual({ ok: false, raison: "NON_ENREGISTREE" });
    expect(decisionCourrier("ANNULEE", [piece("1NATID01")], calendrier, AVANT)).toEqual({ ok: false, raison: "NON_ENREGISTREE" });
    expect(decisionCourrier("ENREGISTREE", [piece("1NATID01", { statut: "CONFORME" })], calendrier, AVANT)).toEqual({ ok: false, raison: "RIEN_A_DEMANDER" });
    expect(decisionCourrier("ENREGISTREE", [], calendrier, AVANT)).toEqual({ ok: false, raison: "RIEN_A_DEMANDER" });
  });
});

describe("who is concerned by annulation at instant T in zone Z", () => {
  it("nobody before the deposit deadline (depotCloture, else inscriptionCloture), to the millisecond", () => {
    expect(depotClos(calendrier, JUSTE_AVANT)).toBe(false);
    expect(depotClos(calendrier, A_LA_CLOTURE)).toBe(true);
    expect(depotClos({ ...calendrier, depotCloture: null }, A_LA_CLOTURE)).toBe(true);
    expect(decisionAnnulation("ENREGISTREE", [piece("1NATID01")], calendrier, JUSTE_AVANT)).toEqual({ ok: false, raison: "DELAI_NON_ECHU" });
    expect(decisionAnnulation("ENREGISTREE", [piece("1NATID01")], calendrier, A_LA_CLOTURE)).toMatchObject({ ok: true, pieces: [{ pieceCode: "1NATID01", etat: "A_FOURNIR" }] });
  });

  it("the deadline is an instant: 17:00 in Paris is 06:00 the next day's morning in Nouméa, and the rule does not move with the zone", () => {
    // The instants are stored in UTC; the académie's zone only says them in words.
    const noumea = { ...calendrier, depotCloture: new Date("2023-12-01T06:00:00Z"), inscriptionCloture: new Date("2023-12-01T06:00:00Z") };
    expect(decisionAnnulation("ENREGISTREE", [piece("1NATID01")], noumea, new Date("2023-12-01T05:59:00Z")).ok).toBe(false);
    expect(decisionAnnulation("ENREGISTREE", [piece("1NATID01")], noumea, new Date("2023-12-01T06:00:00Z")).ok).toBe(true);
  });

  it("only a dossier with a piece missing or non conforme after its own window; a piece waiting for the académie's check does not count", () => {
    const attente = [piece("1NATID01", { statut: "RECUE" }), piece("CERTRV01", { statut: "DEPOSE", nbFichiers: 2, deposeAt: AVANT })];
    expect(decisionAnnulation("ENREGISTREE", attente, calendrier, A_LA_CLOTURE)).toMatchObject({ ok: false, raison: "PLUS_INCOMPLET" });
    expect(decisionAnnulation("ENREGISTREE", [piece("1NATID01", { statut: "CONFORME" })], calendrier, A_LA_CLOTURE)).toMatchObject({ ok: false, raison: "PLUS_INCOMPLET" });
    const nonConforme = [piece("1NATID01", { statut: "NON_CONFORME", commentaire: "Périmée", nbFichiers: 1 })];
    expect(decisionAnnulation("ENREGISTREE", nonConforme, calendrier, A_LA_CLOTURE)).toMatchObject({ ok: true, pieces: [{ etat: "NON_CONFORME", commentaire: "Périmée" }] });
    // The confirmation, missing, counts only once its own deadline (a week later) has passed.
    expect(decisionAnnulation("ENREGISTREE", [piece("CINSIG01")], calendrier, A_LA_CLOTURE)).toMatchObject({ ok: false, raison: "PLUS_INCOMPLET" });
    expect(decisionAnnulation("ENREGISTREE", [piece("CINSIG01")], calendrier, APRES_CONFIRMATION)).toMatchObject({ ok: true });
    expect(piecesManquantesApresCloture([piece("1NATID01", { caduc: true })], calendrier, APRES_CONFIRMATION)).toEqual([]);
  });

  it("only a registered candidature, as the state machine's ANNULER says", () => {
    for (const statut of ["BROUILLON", "DESINSCRITE", "ANNULEE"] as const)
      expect(decisionAnnulation(statut, [piece("1NATID01")], calendrier, APRES_CONFIRMATION)).toEqual({ ok: false, raison: "NON_ENREGISTREE" });
  });

  it("a revert is an admin d'académie's, on a cancelled candidature", () => {
    expect(peutRetablir("ANNULEE", "ADMIN_ACADEMIE")).toBe(true);
    expect(peutRetablir("ANNULEE", "GESTIONNAIRE")).toBe(false);
    expect(peutRetablir("ENREGISTREE", "ADMIN_ACADEMIE")).toBe(false);
  });
});

describe("forms", () => {
  it("a courrier needs its type; the message is optional and bounded", () => {
    expect(CourrierSchema.safeParse({ type: "RELANCE_PIECES", message: "  Merci.\r\n " }).data).toEqual({ type: "RELANCE_PIECES", message: "Merci." });
    expect(CourrierSchema.safeParse({ type: "ANNULATION", message: "" }).success).toBe(false);
    expect(CourrierSchema.safeParse({ type: "DEMANDE_PIECES", message: "x".repeat(2001) }).success).toBe(false);
  });

  it("an annulation needs a reason and the confirmation box", () => {
    expect(AnnulationSchema.safeParse({ session: "s1", motif: "Dossier incomplet à la date limite.", confirmation: "on" }).success).toBe(true);
    const sansMotif = AnnulationSchema.safeParse({ session: "s1", motif: "   ", confirmation: "on" });
    expect(sansMotif.error?.issues[0]?.path).toEqual(["motif"]);
    expect(AnnulationSchema.safeParse({ session: "s1", motif: "Dossier incomplet à la date limite." }).error?.issues[0]?.path).toEqual(["confirmation"]);
  });
});

describe("progress", () => {
  it("splits the work in lots", () => {
    expect(lots([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(lots([], 2)).toEqual([]);
  });

  it("counts letters sent as what is dealt with, less the skipped and failed ones", () => {
    expect(avancement({ total: 10, traites: 4, ignores: 1, echecs: 1, termineAt: null })).toEqual({ envoyes: 2, ignores: 1, echecs: 1, restants: 6, pourcentage: 40, termine: false });
    expect(avancement({ total: 3, traites: 3, ignores: 0, echecs: 0, termineAt: new Date() })).toMatchObject({ envoyes: 3, pourcentage: 100, termine: true });
    expect(avancement({ total: 0, traites: 0, ignores: 0, echecs: 0, termineAt: null })).toMatchObject({ pourcentage: 100, termine: true });
  });

  it("summarises in French, singular for 0 and 1", () => {
    expect(resume("RELANCE_PIECES", { total: 3, traites: 3, ignores: 1, echecs: 0, termineAt: new Date() })).toEqual([
      "2 courriers envoyés.",
      "1 dossier ignoré parce qu’il n’était plus concerné.",
      "0 échec.",
    ]);
    expect(resume("ANNULATION", { total: 2, traites: 1, ignores: 0, echecs: 0, termineAt: null })).toEqual([
      "1 candidature annulée et notifiée.",
      "0 dossier ignoré parce qu’il n’était plus concerné.",
      "0 échec.",
      "1 dossier reste à traiter.",
    ]);
  });
});

describe("letters by parts", () => {
  it("offers 500 letters per PDF, the last part holding what is left; none without a letter", () => {
    expect(partiesLettres(0)).toEqual([]);
    expect(partiesLettres(1)).toEqual([{ partie: 1, premiere: 1, derniere: 1 }]);
    expect(partiesLettres(500)).toEqual([{ partie: 1, premiere: 1, derniere: 500 }]);
    expect(partiesLettres(20_000)).toHaveLength(40);
    expect(partiesLettres(1_001)).toEqual([
      { partie: 1, premiere: 1, derniere: 500 },
      { partie: 2, premiere: 501, derniere: 1_000 },
      { partie: 3, premiere: 1_001, derniere: 1_001 },
    ]);
    expect(LETTRES_PAR_PARTIE).toBe(500);
  });
});
