import "server-only";
import type { CandidatureStatut, ExamenCode } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window, type WindowState } from "@/lib/domain/calendar";

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
      // Only whether there is a draft, not the draft itself.
      brouillon: true,
      specialite: { select: { libelle: true } },
      session: {
        select: {
          libelle: true,
          annee: true,
          inscriptionOuverture: true,
          inscriptionCloture: true,
          examen: { select: { code: true, libelle: true } },
          academie: { select: { nom: true, timeZone: true } },
        },
      },
    },
    orderBy: [{ session: { inscriptionCloture: "desc" } }, { createdAt: "desc" }],
  });
  return rows.map(({ brouillon, specialite, session: { inscriptionOuverture, inscriptionCloture, ...session }, ...row }) => {
    const inscription = { opensAt: inscriptionOuverture, closesAt: inscriptionCloture };
    return { ...row, aBrouillon: brouillon !== null, specialite: specialite?.libelle ?? null, session, inscription, etat: windowState(inscription, now) };
  });
}
