import "server-only";
import type { CandidatureStatut, ExamenCode } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window, type WindowState } from "@/lib/domain/calendar";
import { aFaire, type AFaire } from "@/lib/domain/candidature/a-faire";
import { fenetrePiece } from "@/lib/domain/candidature/pieces";

export type CandidatureCarte = {
  id: string;
  statut: CandidatureStatut;
  numero: string | null;
  version: number;
  dernierEnregistrementAt: Date | null;
  brouillonSauveAt: Date | null;
  aBrouillon: boolean;
  specialite: string | null;
  session: { libelle: string; annee: number; examen: { code: ExamenCode; libelle: string }; academie: { nom: string; timeZone: string } };
  inscription: Window;
  etat: WindowState;
  /** What the candidate must do next, first things first (lib/domain/candidature/a-faire.ts). */
  aFaire: AFaire[];
};

/** "Mes candidatures": this account's candidatures, the open sessions first, then the latest. */
export async function listCandidatures(accountId: string, now: Date, db?: Db): Promise<CandidatureCarte[]> {
  const client = db ?? (await getDb());
  const rows = await client.candidature.findMany({
    where: { accountId },
    select: {
      id: true,
      statut: true,
      numero: true,
      version: true,
      dernierEnregistrementAt: true,
      brouillonSauveAt: true,
      annuleeAt: true,
      motifAnnulation: true,
      // Only whether there is a draft, not the draft itself.
      brouillon: true,
      specialite: { select: { libelle: true } },
      justificatifs: {
        where: { caduc: false },
        select: { pieceCode: true, mode: true, statut: true, deposeAt: true, commentaire: true, _count: { select: { fichiers: { where: { supprimeAt: null } } } } },
      },
      session: {
        select: {
          libelle: true,
          annee: true,
          inscriptionOuverture: true,
          inscriptionCloture: true,
          depotOuverture: true,
          depotCloture: true,
          confirmationLimite: true,
          examen: { select: { code: true, libelle: true } },
          academie: { select: { nom: true, timeZone: true } },
        },
      },
    },
    orderBy: [{ session: { inscriptionCloture: "desc" } }, { createdAt: "desc" }],
  });
  return rows.map(({ brouillon, specialite, justificatifs, annuleeAt, motifAnnulation, session: { inscriptionOuverture, inscriptionCloture, depotOuverture, depotCloture, confirmationLimite, ...session }, ...row }) => {
    const inscription = { opensAt: inscriptionOuverture, closesAt: inscriptionCloture };
    const calendrier = { inscriptionOuverture, inscriptionCloture, depotOuverture, depotCloture, confirmationLimite };
    const pieces = justificatifs.map((j) => ({
      pieceCode: j.pieceCode,
      mode: j.mode,
      statut: j.statut,
      nbFichiers: j._count.fichiers,
      fournie: j.deposeAt !== null,
      commentaire: j.commentaire,
      fenetre: fenetrePiece(calendrier, j.pieceCode),
    }));
    const aBrouillon = brouillon !== null;
    return {
      ...row,
      aBrouillon,
      specialite: specialite?.libelle ?? null,
      session,
      inscription,
      etat: windowState(inscription, now),
      aFaire: aFaire({ statut: row.statut, aBrouillon, inscription, zone: session.academie.timeZone, pieces, annulation: { at: annuleeAt, motif: motifAnnulation } }, now),
    };
  });
}
