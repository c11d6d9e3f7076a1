import "server-only";
import type { Db } from "@/lib/db";
import { depotClos, MAX_CIBLES } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { creerOperation } from "./creer-operation";
import type { Lancement } from "./lancer-courrier";
import { idsAnnulables } from "./lister-annulables";
import type { Scope } from "./scope";

export type AnnulationRefus = "HORS_ACADEMIE" | "DELAI_NON_ECHU" | "AUCUNE_CIBLE" | "TROP_DE_CIBLES";

/**
 * Cancels, through the job queue, every incomplete dossier of one session of the manager's
 * académie once its deposit deadline has passed [issue 9 §7], the reason recorded on each. Nothing
 * is deleted: the candidature becomes ANNULEE (annuleeAt, motifAnnulation), which an admin
 * d'académie may revert. Each candidature is checked again when its turn comes.
 */
export async function lancerAnnulation(
  { scope, actor }: { scope: Scope; actor: AuditActor },
  { sessionId, motif }: { sessionId: string; motif: string },
  { now, db }: { now: Date; db: Db },
): Promise<Lancement | { ok: false; code: AnnulationRefus }> {
  const session = estIdentifiant(sessionId)
    ? await db.session.findFirst({
        where: { id: sessionId, academieId: scope.academieId },
        select: { id: true, inscriptionOuverture: true, inscriptionCloture: true, depotOuverture: true, depotCloture: true, confirmationLimite: true },
      })
    : null;
  if (!session) return { ok: false, code: "HORS_ACADEMIE" };
  if (!depotClos(session, now)) return { ok: false, code: "DELAI_NON_ECHU" };
  const ids = await idsAnnulables(db, scope, session.id, now, { max: MAX_CIBLES + 1 });
  if (ids.length === 0) return { ok: false, code: "AUCUNE_CIBLE" };
  if (ids.length > MAX_CIBLES) return { ok: false, code: "TROP_DE_CIBLES" };
  const op = await db.$transaction((tx) => creerOperation(tx, { scope, actor }, { type: "ANNULATION", message: motif, filtres: { session: session.id }, candidatureIds: ids }, now), {
    timeout: 60_000,
  });
  if (!op.ok) return op;
  return { ok: true, operationId: op.id, total: ids.length };
}
