import { describe, expect, it } from "vitest";
import type { Window, WindowState } from "../calendar";
import {
  allowedPieceActions,
  decidePieceAction,
  decideSoumission,
  estDossierComplet,
  MAX_COMMENTAIRE,
  MAX_FICHIERS_PAR_PIECE,
  nettoyerCommentaire,
  PIECE_ACTIONS,
  sontPiecesFournies,
  type JustificatifEtat,
  type PieceAction,
  type PieceActionType,
  type PieceContexte,
  type PieceRefusCode,
  type PieceStatut,
  type SoumissionContexte,
} from "./piece-statut";
import type { Actor, CandidatureStatut } from "./statut";

const NB = "\u00a0";
// Clermont 001_: pieces online from jeudi 19 octobre 2023 9 h to vendredi 1er décembre 2023 17 h (Paris).
const FENETRE: Window = { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") };
const AVANT = new Date("2023-10-01T10:00:00Z");
const PENDANT = new Date("2023-11-15T10:00:00Z");
const APRES = new Date("2023-12-05T10:00:00Z");
const MOMENTS: Record<WindowState, Date> = { A_VENIR: AVANT, OUVERTE: PENDANT, CLOSE: APRES };
const FOURNIE_LE = new Date("2023-11-10T08:00:00Z");
const RECUE_LE = new Date("2023-11-12T08:00:00Z");
const VALIDEE_LE = new Date("2023-11-13T08:00:00Z");

const ctx = (acteur: Actor, state: WindowState, candidatureStatut: CandidatureStatut = "ENREGISTREE"): PieceContexte => ({
  acteur,
  maintenant: MOMENTS[state],
  candidatureStatut,
  fenetre: FENETRE,
  zone: "Europe/Paris",
});

// Every state a piece can be in: status, and for DEPOSE whether it was handed in.
type Variante = "ATTENDU" | "DEPOSE" | "DEPOSE_FOURNIE" | "RECUE" | "NON_CONFORME" | "CONFORME";
const VARIANTES: readonly Variante[] = ["ATTENDU", "DEPOSE", "DEPOSE_FOURNIE", "RECUE", "NON_CONFORME", "CONFORME"];

function piece(variante: Variante, mode: "UPLOAD" | "POSTAL" = "UPLOAD", change: Partial<JustificatifEtat> = {}): JustificatifEtat {
  const fichiers = mode === "UPLOAD" && variante !== "ATTENDU" ? 1 : 0;
  const base: JustificatifEtat = {
    pieceCode: "1NATID01",
    mode,
    statut: variante === "DEPOSE_FOURNIE" ? "DEPOSE" : variante,
    caduc: false,
    nbFichiers: fichiers,
    deposeAt: mode === "UPLOAD" && !["ATTENDU", "DEPOSE"].includes(variante) ? FOURNIE_LE : null,
    commentaire: variante === "NON_CONFORME" ? "Pièce illisible" : null,
    recuAt: ["RECUE", "NON_CONFORME", "CONFORME"].includes(variante) ? RECUE_LE : null,
    valideAt: variante === "CONFORME" ? VALIDEE_LE : null,
  };
  return { ...base, ...change };
}

const ACTION: Record<PieceActionType, PieceAction> = {
  AJOUTER_FICHIER: { type: "AJOUTER_FICHIER" },
  SUPPRIMER_FICHIER: { type: "SUPPRIMER_FICHIER" },
  MARQUER_RECUE: { type: "MARQUER_RECUE" },
  MARQUER_NON_CONFORME: { type: "MARQUER_NON_CONFORME", commentaire: "Pièce illisible" },
  MARQUER_CONFORME: { type: "MARQUER_CONFORME" },
};

type Issue = PieceStatut | PieceRefusCode;
/** Expected outcome before the window opens, while it is open, after it closed. */
type Ligne = [Variante, PieceActionType, "CANDIDAT" | "GESTIONNAIRE", [Issue, Issue, Issue]];

const tous = (issue: Issue): [Issue, Issue, Issue] => [issue, issue, issue];
const DANS_FENETRE = (issue: Issue): [Issue, Issue, Issue] => ["DEPOT_NON_OUVERT", issue, "DEPOT_CLOS"];

// An online piece: every state × action × actor, in each state of its window.
// Clermont 001_ "Quatre cas": no status while waiting, Reçue, Non conforme (re-deposit, then "J'ai
// fourni toutes mes pièces" again), Conforme ("je ne peux plus les modifier ou les supprimer").
const EN_LIGNE: readonly Ligne[] = [
  ["ATTENDU", "AJOUTER_FICHIER", "CANDIDAT", DANS_FENETRE("DEPOSE")],
  ["ATTENDU", "SUPPRIMER_FICHIER", "CANDIDAT", DANS_FENETRE("AUCUN_FICHIER")],
  ["ATTENDU", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["ATTENDU", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["ATTENDU", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["ATTENDU", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["ATTENDU", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["ATTENDU", "MARQUER_RECUE", "GESTIONNAIRE", tous("RIEN_A_EXAMINER")],
  ["ATTENDU", "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("RIEN_A_EXAMINER")],
  ["ATTENDU", "MARQUER_CONFORME", "GESTIONNAIRE", tous("RIEN_A_EXAMINER")],

  // Deposited, not handed in: the candidate's own until "J'ai fourni toutes mes pièces" or the closing.
  ["DEPOSE", "AJOUTER_FICHIER", "CANDIDAT", DANS_FENETRE("DEPOSE")],
  ["DEPOSE", "SUPPRIMER_FICHIER", "CANDIDAT", DANS_FENETRE("ATTENDU")],
  ["DEPOSE", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE", "MARQUER_RECUE", "GESTIONNAIRE", ["PIECE_NON_FOURNIE", "PIECE_NON_FOURNIE", "RECUE"]],
  ["DEPOSE", "MARQUER_NON_CONFORME", "GESTIONNAIRE", ["PIECE_NON_FOURNIE", "PIECE_NON_FOURNIE", "NON_CONFORME"]],
  ["DEPOSE", "MARQUER_CONFORME", "GESTIONNAIRE", ["PIECE_NON_FOURNIE", "PIECE_NON_FOURNIE", "CONFORME"]],

  // Handed in: locked for the candidate, ready for the managers.
  ["DEPOSE_FOURNIE", "AJOUTER_FICHIER", "CANDIDAT", tous("PIECE_FOURNIE")],
  ["DEPOSE_FOURNIE", "SUPPRIMER_FICHIER", "CANDIDAT", tous("PIECE_FOURNIE")],
  ["DEPOSE_FOURNIE", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE_FOURNIE", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE_FOURNIE", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE_FOURNIE", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE_FOURNIE", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["DEPOSE_FOURNIE", "MARQUER_RECUE", "GESTIONNAIRE", tous("RECUE")],
  ["DEPOSE_FOURNIE", "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("NON_CONFORME")],
  ["DEPOSE_FOURNIE", "MARQUER_CONFORME", "GESTIONNAIRE", tous("CONFORME")],

  ["RECUE", "AJOUTER_FICHIER", "CANDIDAT", tous("PIECE_RECUE")],
  ["RECUE", "SUPPRIMER_FICHIER", "CANDIDAT", tous("PIECE_RECUE")],
  ["RECUE", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["RECUE", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["RECUE", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["RECUE", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["RECUE", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["RECUE", "MARQUER_RECUE", "GESTIONNAIRE", tous("RECUE")],
  ["RECUE", "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("NON_CONFORME")],
  ["RECUE", "MARQUER_CONFORME", "GESTIONNAIRE", tous("CONFORME")],

  // "Je peux redéposer cette pièce": inside the window only.
  ["NON_CONFORME", "AJOUTER_FICHIER", "CANDIDAT", DANS_FENETRE("DEPOSE")],
  ["NON_CONFORME", "SUPPRIMER_FICHIER", "CANDIDAT", DANS_FENETRE("NON_CONFORME")],
  ["NON_CONFORME", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["NON_CONFORME", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["NON_CONFORME", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["NON_CONFORME", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["NON_CONFORME", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["NON_CONFORME", "MARQUER_RECUE", "GESTIONNAIRE", tous("RECUE")],
  ["NON_CONFORME", "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("NON_CONFORME")],
  ["NON_CONFORME", "MARQUER_CONFORME", "GESTIONNAIRE", tous("CONFORME")],

  ["CONFORME", "AJOUTER_FICHIER", "CANDIDAT", tous("PIECE_CONFORME")],
  ["CONFORME", "SUPPRIMER_FICHIER", "CANDIDAT", tous("PIECE_CONFORME")],
  ["CONFORME", "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["CONFORME", "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["CONFORME", "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  ["CONFORME", "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["CONFORME", "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  ["CONFORME", "MARQUER_RECUE", "GESTIONNAIRE", tous("RECUE")],
  ["CONFORME", "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("NON_CONFORME")],
  ["CONFORME", "MARQUER_CONFORME", "GESTIONNAIRE", tous("DEJA_CONFORME")],
];

// A postal piece (Nancy-Metz 000_, Aix-Marseille 003_): nothing online for the candidate; managers
// record it any time, postmarks being theirs to judge ("cachet de la poste faisant foi").
const POSTALE: readonly Ligne[] = VARIANTES.flatMap((variante): Ligne[] => [
  [variante, "AJOUTER_FICHIER", "CANDIDAT", tous("PIECE_POSTALE")],
  [variante, "SUPPRIMER_FICHIER", "CANDIDAT", tous("PIECE_POSTALE")],
  [variante, "MARQUER_RECUE", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  [variante, "MARQUER_NON_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  [variante, "MARQUER_CONFORME", "CANDIDAT", tous("ACTEUR_NON_AUTORISE")],
  [variante, "AJOUTER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  [variante, "SUPPRIMER_FICHIER", "GESTIONNAIRE", tous("ACTEUR_NON_AUTORISE")],
  [variante, "MARQUER_RECUE", "GESTIONNAIRE", tous("RECUE")],
  [variante, "MARQUER_NON_CONFORME", "GESTIONNAIRE", tous("NON_CONFORME")],
  [variante, "MARQUER_CONFORME", "GESTIONNAIRE", tous(variante === "CONFORME" ? "DEJA_CONFORME" : "CONFORME")],
]);

const issue = (p: JustificatifEtat, action: PieceActionType, c: PieceContexte): Issue => {
  const d = decidePieceAction(p, ACTION[action], c);
  return d.ok ? d.justificatif.statut : d.code;
};

describe.each([
  ["online piece", "UPLOAD", EN_LIGNE],
  ["postal piece", "POSTAL", POSTALE],
] as const)("decidePieceAction, %s", (_, mode, table) => {
  it("covers every state × action × actor once", () => {
    const cles = table.map(([v, a, acteur]) => `${v}/${a}/${acteur}`);
    expect(new Set(cles).size).toBe(cles.length);
    expect(cles.length).toBe(VARIANTES.length * PIECE_ACTIONS.length * 2);
  });

  it.each(table)("%s + %s by %s → %j (before, during, after the window)", (variante, action, acteur, attendus) => {
    const p = piece(variante, mode);
    expect((["A_VENIR", "OUVERTE", "CLOSE"] as const).map((state) => issue(p, action, ctx(acteur, state)))).toEqual(attendus);
  });

  it("gives an académie administrator the managers' moves, no more", () => {
    for (const [variante, action, acteur] of table) {
      if (acteur !== "GESTIONNAIRE") continue;
      for (const state of ["A_VENIR", "OUVERTE", "CLOSE"] as const) {
        const p = piece(variante, mode);
        expect(issue(p, action, ctx("ADMIN", state))).toBe(issue(p, action, ctx("GESTIONNAIRE", state)));
      }
    }
  });
});

describe("decidePieceAction, whatever the piece", () => {
  it.each<CandidatureStatut>(["BROUILLON", "DESINSCRITE", "ANNULEE"])("refuses every move on a candidature %s", (statut) => {
    for (const variante of VARIANTES)
      for (const action of PIECE_ACTIONS)
        for (const acteur of ["CANDIDAT", "GESTIONNAIRE", "ADMIN"] as const)
          expect(issue(piece(variante), action, ctx(acteur, "OUVERTE", statut))).toBe("CANDIDATURE_NON_ENREGISTREE");
  });

  it("refuses every move on a piece no longer required (caduc: kept for the record)", () => {
    for (const variante of VARIANTES)
      for (const action of PIECE_ACTIONS)
        for (const acteur of ["CANDIDAT", "GESTIONNAIRE"] as const)
          expect(issue(piece(variante, "UPLOAD", { caduc: true }), action, ctx(acteur, "OUVERTE"))).toBe("PIECE_CADUQUE");
  });

  it("opens at the first instant and closes at the closing instant itself", () => {
    const p = piece("ATTENDU");
    const at = (maintenant: Date) => decidePieceAction(p, ACTION.AJOUTER_FICHIER, { ...ctx("CANDIDAT", "OUVERTE"), maintenant });
    expect(at(new Date(FENETRE.opensAt.getTime() - 1))).toMatchObject({ ok: false, code: "DEPOT_NON_OUVERT" });
    expect(at(FENETRE.opensAt)).toMatchObject({ ok: true });
    expect(at(new Date(FENETRE.closesAt.getTime() - 1))).toMatchObject({ ok: true });
    expect(at(FENETRE.closesAt)).toMatchObject({ ok: false, code: "DEPOT_CLOS" });
  });
});

describe("decidePieceAction, the columns each move writes", () => {
  const maintenant = PENDANT;

  it("adds a file: deposited, not handed in", () => {
    expect(decidePieceAction(piece("ATTENDU"), ACTION.AJOUTER_FICHIER, ctx("CANDIDAT", "OUVERTE"))).toEqual({
      ok: true,
      justificatif: { statut: "DEPOSE", nbFichiers: 1, deposeAt: null, commentaire: null, recuAt: null, valideAt: null },
      annulerPiecesFournies: false,
      notifierCandidat: false,
    });
  });

  it("re-deposits a Non conforme piece: deposited again, the comment kept until the next verdict", () => {
    expect(decidePieceAction(piece("NON_CONFORME"), ACTION.AJOUTER_FICHIER, ctx("CANDIDAT", "OUVERTE"))).toMatchObject({
      ok: true,
      justificatif: { statut: "DEPOSE", nbFichiers: 2, deposeAt: null, commentaire: "Pièce illisible", recuAt: null, valideAt: null },
    });
  });

  it.each<[string, JustificatifEtat, PieceStatut, number]>([
    ["one of two files", piece("DEPOSE", "UPLOAD", { nbFichiers: 2 }), "DEPOSE", 1],
    ["the last file", piece("DEPOSE"), "ATTENDU", 0],
    ["the last file of a re-deposit after Non conforme", piece("DEPOSE", "UPLOAD", { commentaire: "Pièce illisible" }), "NON_CONFORME", 0],
    ["an old file of a Non conforme piece", piece("NON_CONFORME", "UPLOAD", { nbFichiers: 2 }), "NON_CONFORME", 1],
  ])("deletes %s", (_, p, statut, nbFichiers) => {
    expect(decidePieceAction(p, ACTION.SUPPRIMER_FICHIER, ctx("CANDIDAT", "OUVERTE"))).toMatchObject({ ok: true, justificatif: { statut, nbFichiers } });
  });

  it(`keeps a piece to ${MAX_FICHIERS_PAR_PIECE} files`, () => {
    const c = ctx("CANDIDAT", "OUVERTE");
    expect(decidePieceAction(piece("DEPOSE", "UPLOAD", { nbFichiers: MAX_FICHIERS_PAR_PIECE - 1 }), ACTION.AJOUTER_FICHIER, c)).toMatchObject({ ok: true });
    expect(decidePieceAction(piece("DEPOSE", "UPLOAD", { nbFichiers: MAX_FICHIERS_PAR_PIECE }), ACTION.AJOUTER_FICHIER, c)).toMatchObject({
      ok: false,
      code: "TROP_DE_FICHIERS",
      message: `Une pièce compte au plus 10 fichiers${NB}: supprimez-en un avant d’en ajouter un autre.`,
    });
  });

  it("marks a postal piece received on the day the manager gives, or today", () => {
    const jour = new Date("2023-11-14T00:00:00Z");
    expect(decidePieceAction(piece("ATTENDU", "POSTAL"), { type: "MARQUER_RECUE", dateReception: jour }, ctx("GESTIONNAIRE", "OUVERTE"))).toEqual({
      ok: true,
      justificatif: { statut: "RECUE", nbFichiers: 0, deposeAt: null, commentaire: null, recuAt: jour, valideAt: null },
      annulerPiecesFournies: false,
      notifierCandidat: false,
    });
    expect(decidePieceAction(piece("ATTENDU", "POSTAL"), ACTION.MARQUER_RECUE, ctx("GESTIONNAIRE", "OUVERTE"))).toMatchObject({ justificatif: { recuAt: maintenant } });
    expect(decidePieceAction(piece("ATTENDU", "POSTAL"), { type: "MARQUER_RECUE", dateReception: APRES }, ctx("GESTIONNAIRE", "OUVERTE"))).toMatchObject({
      ok: false,
      code: "DATE_RECEPTION_FUTURE",
    });
  });

  it("sends an online piece back to the candidate, who must hand it in again, and mails them", () => {
    expect(decidePieceAction(piece("DEPOSE_FOURNIE"), ACTION.MARQUER_NON_CONFORME, ctx("GESTIONNAIRE", "OUVERTE"))).toEqual({
      ok: true,
      justificatif: { statut: "NON_CONFORME", nbFichiers: 1, deposeAt: FOURNIE_LE, commentaire: "Pièce illisible", recuAt: maintenant, valideAt: null },
      annulerPiecesFournies: true,
      notifierCandidat: true,
    });
  });

  it("mails the candidate about a Non conforme postal piece without touching the online pieces' flag", () => {
    const jour = new Date("2023-11-14T00:00:00Z");
    expect(
      decidePieceAction(piece("ATTENDU", "POSTAL"), { type: "MARQUER_NON_CONFORME", commentaire: "  Copie non signée\r\n", dateReception: jour }, ctx("GESTIONNAIRE", "CLOSE")),
    ).toEqual({
      ok: true,
      justificatif: { statut: "NON_CONFORME", nbFichiers: 0, deposeAt: null, commentaire: "Copie non signée", recuAt: jour, valideAt: null },
      annulerPiecesFournies: false,
      notifierCandidat: true,
    });
  });

  it("validates: date de validation now, date de réception kept (or now), comment cleared", () => {
    expect(decidePieceAction(piece("NON_CONFORME"), ACTION.MARQUER_CONFORME, ctx("GESTIONNAIRE", "CLOSE"))).toMatchObject({
      ok: true,
      justificatif: { statut: "CONFORME", commentaire: null, recuAt: RECUE_LE, valideAt: APRES },
    });
    expect(decidePieceAction(piece("DEPOSE_FOURNIE"), ACTION.MARQUER_CONFORME, ctx("GESTIONNAIRE", "OUVERTE"))).toMatchObject({
      justificatif: { recuAt: maintenant, valideAt: maintenant },
    });
  });

  it.each<[string, string, PieceRefusCode | string]>([
    ["empty", "", "COMMENTAIRE_REQUIS"],
    ["blank", " \n\t ", "COMMENTAIRE_REQUIS"],
    ["control characters only", "\u0000\u0007\u001b", "COMMENTAIRE_REQUIS"],
    ["trimmed", "  Verso manquant  ", "Verso manquant"],
    ["line breaks kept, CRLF unified", "Verso manquant.\r\nMerci de redéposer.", "Verso manquant.\nMerci de redéposer."],
    ["at the limit", "é".repeat(MAX_COMMENTAIRE), "é".repeat(MAX_COMMENTAIRE)],
    ["at the limit in characters, not UTF-16 units", "📄".repeat(MAX_COMMENTAIRE), "📄".repeat(MAX_COMMENTAIRE)],
    ["over the limit", "a".repeat(MAX_COMMENTAIRE + 1), "COMMENTAIRE_TROP_LONG"],
    ["over the limit once trimmed only", ` ${"a".repeat(MAX_COMMENTAIRE)} `, "a".repeat(MAX_COMMENTAIRE)],
  ])("a Non conforme comment: %s", (_, commentaire, attendu) => {
    const d = decidePieceAction(piece("DEPOSE_FOURNIE"), { type: "MARQUER_NON_CONFORME", commentaire }, ctx("GESTIONNAIRE", "OUVERTE"));
    expect(d.ok ? d.justificatif.commentaire : d.code).toBe(attendu);
  });

  it("cleans a comment the same way everywhere", () => {
    expect(nettoyerCommentaire("\u0000 Pièce\tillisible \r")).toBe("Pièce\tillisible");
  });
});

describe("refusals in French", () => {
  it.each<[JustificatifEtat, PieceAction, PieceContexte, string]>([
    [
      piece("ATTENDU"),
      ACTION.AJOUTER_FICHIER,
      ctx("CANDIDAT", "CLOSE"),
      `Le dépôt de cette pièce est clos depuis le vendredi 1er décembre 2023 à 17${NB}h${NB}00, heure de Paris${NB}: rien n’a été enregistré. Pour toute question, contactez le service des examens.`,
    ],
    [
      piece("ATTENDU"),
      ACTION.AJOUTER_FICHIER,
      ctx("CANDIDAT", "A_VENIR"),
      `Le dépôt de cette pièce ouvrira le jeudi 19 octobre 2023 à 9${NB}h${NB}00, heure de Paris${NB}: rien n’a été enregistré.`,
    ],
    [
      piece("DEPOSE_FOURNIE"),
      ACTION.SUPPRIMER_FICHIER,
      ctx("CANDIDAT", "OUVERTE"),
      `Vous avez indiqué avoir fourni cette pièce${NB}: elle ne peut plus être modifiée, sauf si le service des examens la déclare non conforme.`,
    ],
    [piece("CONFORME"), ACTION.SUPPRIMER_FICHIER, ctx("CANDIDAT", "OUVERTE"), `Cette pièce a été déclarée conforme${NB}: elle ne peut plus être modifiée.`],
    [piece("ATTENDU", "POSTAL"), ACTION.AJOUTER_FICHIER, ctx("CANDIDAT", "OUVERTE"), `Cette pièce s’envoie par la poste${NB}: elle ne se dépose pas en ligne.`],
    [
      piece("DEPOSE"),
      ACTION.MARQUER_CONFORME,
      ctx("GESTIONNAIRE", "OUVERTE"),
      `Le candidat peut encore modifier cette pièce${NB}: elle pourra être examinée quand il aura indiqué avoir fourni ses pièces, ou après la clôture du dépôt le vendredi 1er décembre 2023 à 17${NB}h${NB}00, heure de Paris.`,
    ],
    [
      piece("DEPOSE_FOURNIE"),
      { type: "MARQUER_NON_CONFORME", commentaire: " " },
      ctx("GESTIONNAIRE", "OUVERTE"),
      `Indiquez au candidat ce qui ne va pas${NB}: le commentaire est obligatoire pour une pièce non conforme.`,
    ],
  ])("%#", (p, action, c, message) => {
    expect(decidePieceAction(p, action, c)).toEqual({ ok: false, code: expect.any(String), message });
  });

  it("writes every refusal with French typography", () => {
    for (const variante of VARIANTES)
      for (const mode of ["UPLOAD", "POSTAL"] as const)
        for (const action of PIECE_ACTIONS)
          for (const acteur of ["CANDIDAT", "GESTIONNAIRE"] as const)
            for (const state of ["A_VENIR", "OUVERTE", "CLOSE"] as const)
              for (const candidatureStatut of ["ENREGISTREE", "ANNULEE"] as const) {
                const d = decidePieceAction(piece(variante, mode), ACTION[action], ctx(acteur, state, candidatureStatut));
                if (!d.ok) expect(d.message, d.code).not.toMatch(/'| [:;!?]|^$/);
              }
  });
});

describe("allowedPieceActions", () => {
  it.each<[JustificatifEtat, PieceContexte, PieceActionType[]]>([
    [piece("ATTENDU"), ctx("CANDIDAT", "OUVERTE"), ["AJOUTER_FICHIER"]],
    [piece("DEPOSE"), ctx("CANDIDAT", "OUVERTE"), ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER"]],
    [piece("DEPOSE"), ctx("CANDIDAT", "CLOSE"), []],
    [piece("DEPOSE_FOURNIE"), ctx("CANDIDAT", "OUVERTE"), []],
    [piece("NON_CONFORME"), ctx("CANDIDAT", "OUVERTE"), ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER"]],
    [piece("DEPOSE_FOURNIE"), ctx("GESTIONNAIRE", "OUVERTE"), ["MARQUER_RECUE", "MARQUER_NON_CONFORME", "MARQUER_CONFORME"]],
    [piece("CONFORME"), ctx("GESTIONNAIRE", "CLOSE"), ["MARQUER_RECUE", "MARQUER_NON_CONFORME"]],
    [piece("ATTENDU", "POSTAL"), ctx("CANDIDAT", "OUVERTE"), []],
  ])("%#: %j", (p, c, actions) => expect(allowedPieceActions(p, c)).toEqual(actions));
});

// ——— "J'ai fourni toutes mes pièces" ———

const CINSIG_FENETRE: Window = { opensAt: FENETRE.opensAt, closesAt: new Date("2023-12-08T16:00:00Z") };
const enFenetre = (p: JustificatifEtat, fenetre: Window = FENETRE) => ({ ...p, fenetre });
const soumission = (state: WindowState, change: Partial<SoumissionContexte> = {}): SoumissionContexte => ({
  acteur: "CANDIDAT",
  maintenant: MOMENTS[state],
  candidatureStatut: "ENREGISTREE",
  piecesFourniesAt: null,
  zone: "Europe/Paris",
  ...change,
});

describe("decideSoumission (Clermont 001_: « J'ai fourni toutes mes pièces »)", () => {
  const code = (pieceCode: string, p: JustificatifEtat) => ({ ...p, pieceCode });

  it("hands in and locks every deposited piece, and sets the flag", () => {
    const pieces = [enFenetre(code("CINSIG01", piece("DEPOSE"))), enFenetre(code("1NATID01", piece("DEPOSE", "UPLOAD", { nbFichiers: 2 })))];
    expect(decideSoumission(pieces, soumission("OUVERTE"))).toEqual({ ok: true, piecesFourniesAt: PENDANT, fournies: ["CINSIG01", "1NATID01"] });
  });

  it.each<[string, JustificatifEtat[], string[]]>([
    ["a piece without a file", [code("CINSIG01", piece("DEPOSE")), code("CMEPS01", piece("ATTENDU"))], ["CMEPS01"]],
    ["a Non conforme piece not re-deposited", [code("CINSIG01", piece("NON_CONFORME")), code("1NATID01", piece("DEPOSE"))], ["CINSIG01"]],
    ["two of them", [code("CINSIG01", piece("ATTENDU")), code("1NATID01", piece("ATTENDU"))], ["CINSIG01", "1NATID01"]],
  ])("waits for every online piece to have a file: %s", (_, pieces, manquantes) => {
    expect(decideSoumission(pieces.map((p) => enFenetre(p)), soumission("OUVERTE"))).toMatchObject({ ok: false, code: "PIECES_MANQUANTES", manquantes });
  });

  it("names the missing pieces", () => {
    const un = decideSoumission([enFenetre(code("CMEPS01", piece("ATTENDU")))], soumission("OUVERTE"));
    expect(un).toMatchObject({
      message: `Il manque encore une pièce${NB}: Certificat médical d’inaptitude à l’EPS (date de validité, signature et cachet du médecin). Déposez-la avant d’indiquer que vous avez fourni toutes vos pièces.`,
    });
    const deux = decideSoumission([enFenetre(code("CINSIG01", piece("ATTENDU"))), enFenetre(code("1NATID01", piece("ATTENDU")))], soumission("OUVERTE"));
    expect(deux).toMatchObject({
      message: `Il manque encore 2 pièces${NB}: Confirmation d’inscription datée et signée${NB}; Document justifiant l’identité, en cours de validité. Déposez-les avant d’indiquer que vous avez fourni toutes vos pièces.`,
    });
  });

  it("ignores postal pieces and pieces no longer required", () => {
    const pieces = [
      enFenetre(code("CINSIG01", piece("DEPOSE"))),
      enFenetre(code("1NATID01", piece("ATTENDU", "POSTAL"))),
      enFenetre(code("CMEPS01", piece("ATTENDU", "UPLOAD", { caduc: true }))),
    ];
    expect(decideSoumission(pieces, soumission("OUVERTE"))).toEqual({ ok: true, piecesFourniesAt: PENDANT, fournies: ["CINSIG01"] });
  });

  it("has nothing to say when every piece goes by post (Nancy-Metz 000_)", () => {
    expect(decideSoumission([enFenetre(code("CINSIG01", piece("ATTENDU", "POSTAL")))], soumission("OUVERTE"))).toMatchObject({
      ok: false,
      code: "AUCUNE_PIECE_EN_LIGNE",
    });
  });

  it("hands in again what changed since: a re-deposit after Non conforme, a piece a new ENREGISTRER requires", () => {
    const apresNonConforme = [enFenetre(code("CINSIG01", piece("DEPOSE"))), enFenetre(code("1NATID01", piece("RECUE")))];
    expect(decideSoumission(apresNonConforme, soumission("OUVERTE"))).toEqual({ ok: true, piecesFourniesAt: PENDANT, fournies: ["CINSIG01"] });
    const nouvelle = [enFenetre(code("CINSIG01", piece("DEPOSE_FOURNIE"))), enFenetre(code("CMEPS01", piece("DEPOSE")))];
    expect(decideSoumission(nouvelle, soumission("OUVERTE", { piecesFourniesAt: FOURNIE_LE }))).toEqual({ ok: true, piecesFourniesAt: PENDANT, fournies: ["CMEPS01"] });
  });

  it("refuses a second click when nothing changed", () => {
    const pieces = [enFenetre(code("CINSIG01", piece("DEPOSE_FOURNIE"))), enFenetre(code("1NATID01", piece("CONFORME")))];
    expect(decideSoumission(pieces, soumission("OUVERTE", { piecesFourniesAt: FOURNIE_LE }))).toMatchObject({ ok: false, code: "DEJA_FOURNIES" });
  });

  it("sets the flag again when every online piece is already handed in but the flag was cleared", () => {
    const pieces = [enFenetre(code("CINSIG01", piece("RECUE"))), enFenetre(code("1NATID01", piece("CONFORME")))];
    expect(decideSoumission(pieces, soumission("OUVERTE"))).toEqual({ ok: true, piecesFourniesAt: PENDANT, fournies: [] });
  });

  it("is open while any online piece's window is (Nice 002_: the confirmation a week after closing)", () => {
    const pieces = [enFenetre(code("CINSIG01", piece("DEPOSE")), CINSIG_FENETRE), enFenetre(code("1NATID01", piece("DEPOSE")))];
    expect(decideSoumission(pieces, soumission("CLOSE", { maintenant: new Date("2023-12-04T10:00:00Z") }))).toMatchObject({
      ok: true,
      fournies: ["CINSIG01", "1NATID01"],
    });
  });

  it.each<[WindowState, PieceRefusCode, string]>([
    ["A_VENIR", "DEPOT_NON_OUVERT", `Le dépôt de cette pièce ouvrira le jeudi 19 octobre 2023 à 9${NB}h${NB}00, heure de Paris${NB}: rien n’a été enregistré.`],
    [
      "CLOSE",
      "DEPOT_CLOS",
      `Le dépôt de cette pièce est clos depuis le vendredi 8 décembre 2023 à 17${NB}h${NB}00, heure de Paris${NB}: rien n’a été enregistré. Pour toute question, contactez le service des examens.`,
    ],
  ])("is refused when no window is open: %s", (state, refusCode, message) => {
    const pieces = [enFenetre(code("CINSIG01", piece("DEPOSE")), CINSIG_FENETRE), enFenetre(code("1NATID01", piece("DEPOSE")))];
    const maintenant = state === "CLOSE" ? new Date("2023-12-10T10:00:00Z") : AVANT;
    expect(decideSoumission(pieces, soumission(state, { maintenant }))).toEqual({ ok: false, code: refusCode, message });
  });

  it.each<[string, Partial<SoumissionContexte>, PieceRefusCode]>([
    ["a manager", { acteur: "GESTIONNAIRE" }, "ACTEUR_NON_AUTORISE"],
    ["an administrator", { acteur: "ADMIN" }, "ACTEUR_NON_AUTORISE"],
    ["a candidature désinscrite", { candidatureStatut: "DESINSCRITE" }, "CANDIDATURE_NON_ENREGISTREE"],
    ["a draft", { candidatureStatut: "BROUILLON" }, "CANDIDATURE_NON_ENREGISTREE"],
  ])("is the candidate's own, on a registered candidature: not %s", (_, change, refusCode) => {
    expect(decideSoumission([enFenetre(code("CINSIG01", piece("DEPOSE")))], soumission("OUVERTE", change))).toMatchObject({ ok: false, code: refusCode });
  });
});

describe("sontPiecesFournies and estDossierComplet", () => {
  it.each<[string, Date | null, JustificatifEtat[], boolean]>([
    ["never said", null, [piece("DEPOSE")], false],
    ["said, nothing changed", FOURNIE_LE, [piece("DEPOSE_FOURNIE"), piece("RECUE"), piece("CONFORME")], true],
    ["said, then a piece newly required", FOURNIE_LE, [piece("DEPOSE_FOURNIE"), piece("ATTENDU")], false],
    ["said, then a re-deposit not handed in", FOURNIE_LE, [piece("DEPOSE_FOURNIE"), piece("DEPOSE")], false],
    ["said; postal and caduc pieces aside", FOURNIE_LE, [piece("DEPOSE_FOURNIE"), piece("ATTENDU", "POSTAL"), piece("ATTENDU", "UPLOAD", { caduc: true })], true],
  ])("pièces fournies: %s", (_, flag, pieces, attendu) => expect(sontPiecesFournies(flag, pieces)).toBe(attendu));

  it.each<[string, JustificatifEtat[], boolean]>([
    ["every piece conforme, a caduc one aside", [piece("CONFORME"), piece("CONFORME", "POSTAL"), piece("ATTENDU", "UPLOAD", { caduc: true })], true],
    ["a postal piece only received", [piece("CONFORME"), piece("RECUE", "POSTAL")], false],
    ["a piece handed in, not checked", [piece("CONFORME"), piece("DEPOSE_FOURNIE")], false],
  ])("dossier complet: %s", (_, pieces, attendu) => expect(estDossierComplet(pieces)).toBe(attendu));
});
