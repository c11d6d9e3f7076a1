import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "@/components/data-table";
import { getDb } from "@/lib/db";
import { formatDateTimeShortFr } from "@/lib/domain/calendar";
import { avancement, OPERATION_LIBELLES } from "@/lib/domain/gestion/operations";
import { requireRole } from "@/lib/server/auth/guards";
import { listerOperations } from "@/lib/server/gestion/lire-operations";
import { scopeOf } from "@/lib/server/gestion/scope";
import { cibleOperation } from "./cible";

export const metadata: Metadata = { title: "Demandes, relances et annulations", robots: { index: false } };

// The académie's bulk operations [issue 9 §6–7], newest first, each with its progress; a demande or
// relance starts from the list of candidatures (its filters) or from a dossier.
export default async function OperationsPage() {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const db = await getDb();
  const [operations, academie] = await Promise.all([
    listerOperations(db, scope),
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { nom: true, timeZone: true } }),
  ]);
  return (
    <>
      <h1>Demandes, relances et annulations</h1>
      <p>
        Les courriers envoyés en nombre et les annulations de l’académie {academie.nom}, les plus récents d’abord. Pour écrire aux candidats, filtrez la{" "}
        <Link href="/gestion/candidatures">liste des candidatures</Link> puis choisissez «{"\u00a0"}Demande de pièces{"\u00a0"}» ou «{"\u00a0"}Relance{"\u00a0"}»{"\u00a0"}; pour un
        seul dossier, ouvrez-le. Les annulations se lancent depuis la page <Link href="/gestion/annulations">Annulations</Link>.
      </p>
      {operations.length === 0 ? (
        <p>Aucun envoi pour l’instant.</p>
      ) : (
        <DataTable
          caption="Opérations de l’académie"
          rowHeaders
          headers={["Lancée le", "Opération", "Cible", "Par", "Avancement", "État"]}
          rows={operations.map((op) => {
            const a = avancement(op);
            const cible = cibleOperation(op.filtres);
            return [
              <Link key="date" href={`/gestion/operations/${op.id}`}>
                {formatDateTimeShortFr(op.createdAt, academie.timeZone)}
              </Link>,
              OPERATION_LIBELLES[op.type],
              `${cible.texte} (${op.total.toLocaleString("fr-FR")})`,
              op.auteur,
              `${op.traites.toLocaleString("fr-FR")} sur ${op.total.toLocaleString("fr-FR")} (${a.pourcentage}\u00a0%)`,
              <Badge key="etat" small severity={a.termine ? (op.echecs > 0 ? "warning" : "success") : "info"}>
                {a.termine ? (op.echecs > 0 ? "Terminée avec des échecs" : "Terminée") : "En cours"}
              </Badge>,
            ];
          })}
        />
      )}
    </>
  );
}
