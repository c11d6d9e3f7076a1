import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { academieNom } from "@/lib/domain/account/roles";
import { formatWindowFr } from "@/lib/domain/calendar";
import { zoneLabel } from "@/lib/domain/zones";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { listerSessionsAcademie } from "@/lib/server/sessions/admin/lister-sessions-academie";

export const metadata: Metadata = { title: "Sessions – Espace de gestion", robots: { index: false } };

// The académie's sessions, for its admin [issue 10 §1]: each one's registration window in words, in
// the académie's zone, its state and publication.
export default async function SessionsPage() {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const db = await getDb();
  const [academie, sessions] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { nom: true, timeZone: true } }),
    listerSessionsAcademie(db, scope, await now()),
  ]);
  const zone = academie.timeZone;
  return (
    <>
      <h1>Sessions de l’{academieNom(academie.nom)}</h1>
      <p>
        Calendriers, choix proposés aux candidats et pièces justificatives de chaque session. Les dates se saisissent et s’affichent à l’heure légale de
        l’académie ({zoneLabel(zone)}).
      </p>
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/gestion/sessions/nouvelle">
          Créer une session
        </Link>
      </p>
      {sessions.length === 0 ? (
        <p>Aucune session pour le moment.</p>
      ) : (
        <DataTable
          caption="Sessions de l’académie"
          headers={["Session", "Inscriptions", "État", "Candidatures"]}
          rows={sessions.map((s) => [
            <>
              <Link href={`/gestion/sessions/${s.id}`}>
                {s.examen.libelle} – {s.libelle}
              </Link>
              {!s.publiee && (
                <>
                  {" "}
                  <Badge small severity="warning" noIcon as="span">
                    Non publiée
                  </Badge>
                </>
              )}
            </>,
            formatWindowFr(s.inscription, zone),
            <EtatBadge key="etat" etat={s.etat} />,
            String(s.candidatures),
          ])}
        />
      )}
    </>
  );
}
