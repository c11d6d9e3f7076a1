import "server-only";
import type { Db } from "@/lib/db";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { clotureDepot, decisionAnnulation } from "@/lib/domain/gestion/operations";
import type { Scope } from "./scope";

// The annulation page [issue 9 §7]: for each session of the académie whose deposit deadline has
// passed, the registered candidatures whose dossier is still incomplete ("Au-delà du [délai], tout
// dossier incomplet entrainera l'annulation définitive" [C:CF]), decided by decisionAnnulation at
// the server's instant. Read WHERE "academieId" = the manager's.

export type DossierAnnulable = { id: string; numero: string | null; nom: string; pieces: string[] };

export type SessionAnnulations = {
  id: string;
  libelle: string;
  examen: string;
  cloture: Date;
  zone: string;
  /** Every candidature that may be cancelled now, in name order. */
  annulables: DossierAnnulable[];
  /** Incomplete, but only because pieces wait for the académie's check (or their own later deadline). */
  enAttente: number;
};

export async function listerAnnulables(db: Db, scope: Scope, now: Date, { sessionId }: { sessionId?: string } = {}): Promise<SessionAnnulations[]> {
  const sessions = await db.session.findMany({
    where: {
      academieId: scope.academieId,
      ...(sessionId ? { id: sessionId } : {}),
      OR: [{ depotCloture: { lte: now } }, { depotCloture: null, inscriptionCloture: { lte: now } }],
    },
    select: {
      id: true,
      libelle: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      depotOuverture: true,
      depotCloture: true,
      confirmationLimite: true,
      examen: { select: { libelle: true } },
      academie: { select: { timeZone: true } },
    },
    orderBy: [{ inscriptionCloture: "desc" }, { id: "asc" }],
  });
  const out: SessionAnnulations[] = [];
  for (const s of sessions) {
    const candidatures = await db.candidature.findMany({
      where: { sessionId: s.id, academieId: scope.academieId, statut: "ENREGISTREE", justificatifs: { some: { caduc: false, statut: { not: "CONFORME" } } } },
      select: {
        id: true,
        numero: true,
        statut: true,
        account: { select: { nomNaissance: true, nomUsage: true, prenoms: true } },
        justificatifs: { select: { pieceCode: true, mode: true, statut: true, caduc: true, deposeAt: true, commentaire: true, _count: { select: { fichiers: { where: { supprimeAt: null } } } } } },
      },
      orderBy: [{ nomTri: "asc" }, { id: "asc" }],
    });
    const annulables: DossierAnnulable[] = [];
    let enAttente = 0;
    for (const c of candidatures) {
      const pieces = c.justificatifs.map((j) => ({ ...j, nbFichiers: j._count.fichiers }));
      const decision = decisionAnnulation(c.statut, pieces, s, now);
      if (!decision.ok) {
        enAttente += 1;
        continue;
      }
      annulables.push({
        id: c.id,
        numero: c.numero,
        nom: `${(c.account.nomUsage ?? c.account.nomNaissance).toLocaleUpperCase("fr-FR")} ${c.account.prenoms}`,
        pieces: decision.pieces.map((p) => `${findPiece(p.pieceCode)?.libelle ?? p.pieceCode}${p.etat === "NON_CONFORME" ? " (non conforme)" : ""}`),
      });
    }
    out.push({ id: s.id, libelle: s.libelle, examen: s.examen.libelle, cloture: clotureDepot(s), zone: s.academie.timeZone, annulables, enAttente });
  }
  return out;
}
