// Random sequences of moves by candidates, managers and administrators, at random instants around
// the windows, on a candidature's pieces: whatever the order, a candidate never changes a piece
// that is Conforme (nor one Reçue or handed in), and never touches a file outside its window.
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isWindowOpen, type Window } from "../calendar";
import {
  decidePieceAction,
  decideSoumission,
  MAX_COMMENTAIRE,
  MAX_FICHIERS_PAR_PIECE,
  PIECE_ACTIONS,
  type JustificatifEtat,
  type PieceAction,
} from "./piece-statut";
import { PIECES_CATALOGUE } from "./pieces-catalogue";
import type { Actor } from "./statut";

type Piece = JustificatifEtat & { fenetre: Window };
type Dossier = { piecesFourniesAt: Date | null; pieces: Piece[] };

// Clermont 001_ window, and Nice 002_'s confirmation a week after it.
const FENETRES: readonly Window[] = [
  { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") },
  { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-08T16:00:00Z") },
];
const DEBUT = Date.parse("2023-10-01T00:00:00Z");
const FIN = Date.parse("2023-12-20T00:00:00Z");

const pieceArb = fc.record({ mode: fc.constantFrom("UPLOAD" as const, "POSTAL" as const), fenetre: fc.constantFrom(...FENETRES) });

const ACTIONS_CANDIDAT = ["AJOUTER_FICHIER", "SUPPRIMER_FICHIER", "SOUMETTRE", "CADUC"] as const;
const ACTIONS_PERSONNEL = ["MARQUER_RECUE", "MARQUER_NON_CONFORME", "MARQUER_CONFORME"] as const;
type MoveAction = (typeof PIECE_ACTIONS)[number] | "SOUMETTRE" | "CADUC";

// Most moves are made by whom they belong to, so that sequences reach every status; some by anyone.
const acteurEtAction = fc.oneof(
  { weight: 5, arbitrary: fc.record({ acteur: fc.constant<Actor>("CANDIDAT"), action: fc.constantFrom<MoveAction>(...ACTIONS_CANDIDAT) }) },
  { weight: 4, arbitrary: fc.record({ acteur: fc.constantFrom<Actor>("GESTIONNAIRE", "ADMIN"), action: fc.constantFrom<MoveAction>(...ACTIONS_PERSONNEL) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      acteur: fc.constantFrom<Actor>("CANDIDAT", "GESTIONNAIRE", "ADMIN"),
      action: fc.constantFrom<MoveAction>(...PIECE_ACTIONS, "SOUMETTRE"),
    }),
  },
);

const moveArb = fc.record({
  qui: acteurEtAction,
  index: fc.nat(),
  // Mostly inside the windows, sometimes on their exact edges.
  instant: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: DEBUT, max: FIN }).map((t) => new Date(t)) },
    { weight: 1, arbitrary: fc.constantFrom(...FENETRES.flatMap((f) => [f.opensAt, f.closesAt])) },
  ),
  commentaire: fc.oneof(fc.constant("Pièce illisible"), fc.string({ maxLength: 20 }), fc.constant(" ")),
  jourReception: fc.option(fc.integer({ min: DEBUT, max: FIN }).map((t) => new Date(t)), { nil: undefined }),
});

type Tirage = typeof moveArb extends fc.Arbitrary<infer T> ? T : never;
type Move = Tirage["qui"] & Omit<Tirage, "qui">;

function action(move: Move): PieceAction {
  switch (move.action) {
    case "MARQUER_RECUE":
      return { type: "MARQUER_RECUE", dateReception: move.jourReception };
    case "MARQUER_NON_CONFORME":
      return { type: "MARQUER_NON_CONFORME", commentaire: move.commentaire, dateReception: move.jourReception };
    case "SOUMETTRE":
    case "CADUC":
      throw new Error("not a piece action");
    default:
      return { type: move.action };
  }
}

/** Plays one move; returns whether it was allowed. "CADUC" stands for an ENREGISTRER that drops or revives a piece. */
function jouer(dossier: Dossier, move: Move): boolean {
  const i = move.index % dossier.pieces.length;
  const piece = dossier.pieces[i]!;
  if (move.action === "CADUC") {
    dossier.pieces[i] = { ...piece, caduc: !piece.caduc };
    return true;
  }
  if (move.action === "SOUMETTRE") {
    const d = decideSoumission(dossier.pieces, {
      acteur: move.acteur,
      maintenant: move.instant,
      candidatureStatut: "ENREGISTREE",
      piecesFourniesAt: dossier.piecesFourniesAt,
      zone: "Europe/Paris",
    });
    if (!d.ok) return false;
    dossier.piecesFourniesAt = d.piecesFourniesAt;
    dossier.pieces = dossier.pieces.map((p) => (d.fournies.includes(p.pieceCode) ? { ...p, deposeAt: d.piecesFourniesAt } : p));
    return true;
  }
  const d = decidePieceAction(piece, action(move), {
    acteur: move.acteur,
    maintenant: move.instant,
    candidatureStatut: "ENREGISTREE",
    fenetre: piece.fenetre,
    zone: "Europe/Paris",
  });
  if (!d.ok) return false;
  dossier.pieces[i] = { ...piece, ...d.justificatif };
  if (d.annulerPiecesFournies) dossier.piecesFourniesAt = null;
  return true;
}

const verrouillee = (p: Piece) => p.statut === "CONFORME" || p.statut === "RECUE" || (p.statut === "DEPOSE" && p.deposeAt !== null);
// What a candidate's move could alter on a locked piece (SOUMETTRE only stamps unlocked ones).
const contenu = ({ statut, nbFichiers, deposeAt, commentaire, recuAt, valideAt }: Piece) => ({ statut, nbFichiers, deposeAt, commentaire, recuAt, valideAt });

describe("piece state machine, any sequence of moves", () => {
  test.prop([fc.array(pieceArb, { minLength: 1, maxLength: 4 }), fc.array(moveArb, { maxLength: 60 })], { numRuns: 400 })(
    "a candidate never changes a Conforme, Reçue or handed-in piece, nor a file outside its window",
    (definitions, moves) => {
      const dossier: Dossier = {
        piecesFourniesAt: null,
        pieces: definitions.map(({ mode, fenetre }, index) => ({
          pieceCode: PIECES_CATALOGUE[index]!.code,
          mode,
          fenetre,
          statut: "ATTENDU",
          caduc: false,
          nbFichiers: 0,
          deposeAt: null,
          commentaire: null,
          recuAt: null,
          valideAt: null,
        })),
      };
      for (const { qui, ...reste } of moves) {
        const move: Move = { ...qui, ...reste };
        const avant = dossier.pieces.map((p) => ({ ...p }));
        const joue = jouer(dossier, move);

        if (move.acteur === "CANDIDAT" && move.action !== "CADUC") {
          avant.forEach((p, i) => {
            if (p.statut === "CONFORME") expect(dossier.pieces[i]).toEqual(p);
            if (verrouillee(p)) expect(contenu(dossier.pieces[i]!)).toEqual(contenu(p));
          });
          if (joue && (move.action === "AJOUTER_FICHIER" || move.action === "SUPPRIMER_FICHIER")) {
            expect(isWindowOpen(avant[move.index % avant.length]!.fenetre, move.instant)).toBe(true);
          }
        }
        if (move.acteur !== "CANDIDAT" && (move.action === "AJOUTER_FICHIER" || move.action === "SUPPRIMER_FICHIER" || move.action === "SOUMETTRE")) {
          expect(joue).toBe(false);
        }

        for (const p of dossier.pieces) {
          expect(p.nbFichiers).toBeGreaterThanOrEqual(0);
          expect(p.nbFichiers).toBeLessThanOrEqual(MAX_FICHIERS_PAR_PIECE);
          if (p.mode === "POSTAL") expect(p.nbFichiers).toBe(0);
          if (p.mode === "UPLOAD" && p.statut === "DEPOSE") expect(p.nbFichiers).toBeGreaterThan(0);
          if (p.statut === "CONFORME") expect(p.valideAt).not.toBeNull();
          if (p.statut === "RECUE" || p.statut === "NON_CONFORME" || p.statut === "CONFORME") expect(p.recuAt).not.toBeNull();
          if (p.statut === "NON_CONFORME") {
            expect(p.commentaire?.trim()).toBeTruthy();
            expect([...(p.commentaire ?? "")].length).toBeLessThanOrEqual(MAX_COMMENTAIRE);
          }
        }
      }
    },
  );
});
