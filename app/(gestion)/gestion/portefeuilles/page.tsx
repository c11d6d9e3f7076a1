import type { Metadata } from "next";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { academieNom } from "@/lib/domain/account/roles";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { listerPortefeuilles, specialitesAssignables } from "@/lib/server/gestion/portefeuilles";
import { scopeOf } from "@/lib/server/gestion/scope";
import { PortefeuilleForm } from "./portefeuille-form";

export const metadata: Metadata = { title: "Portefeuilles des gestionnaires – Espace de gestion", robots: { index: false } };

// The académie's admin assigns spécialités (filières) to its gestionnaires [issue 9 §8, Aix 2021
// 004_]: each then finds "mes spécialités" in the list of candidatures.
export default async function PortefeuillesPage() {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const db = await getDb();
  const [academie, gestionnaires, examens] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { nom: true } }),
    listerPortefeuilles(db, scope),
    specialitesAssignables(db, scope),
  ]);
  return (
    <>
      <h1>Portefeuilles des gestionnaires</h1>
      <p>
        Attribuez à chaque gestionnaire de l’{academieNom(academie.nom)} les spécialités qu’il suit. Dans la liste des candidatures, le filtre
        «{"\u00a0"}Mes spécialités{"\u00a0"}» lui montre d’abord ces dossiers&nbsp;; il voit toujours les autres dossiers de l’académie.
      </p>
      {gestionnaires.length === 0 ? (
        <p>Aucun gestionnaire dans votre académie. Invitez-en depuis la page Personnels.</p>
      ) : (
        gestionnaires.map((g) => (
          <section key={g.id} aria-labelledby={`titre-${g.id}`} className="fr-mb-6w">
            <h2 id={`titre-${g.id}`} className="fr-h4">
              {g.nom}{" "}
              {!g.actif && (
                <Badge severity="warning" small noIcon>
                  Compte inactif
                </Badge>
              )}
            </h2>
            <p className="fr-text--sm fr-mb-1w">{g.email}</p>
            {g.specialites.length === 0 ? (
              <p>Aucune spécialité attribuée.</p>
            ) : (
              <>
                <p className="fr-mb-1w">
                  {g.specialites.length} spécialité{g.specialites.length > 1 ? "s" : ""} attribuée{g.specialites.length > 1 ? "s" : ""}{"\u00a0"}:
                </p>
                <ul className="fr-tags-group">
                  {g.specialites.map((s) => (
                    <li key={s.id}>
                      <Tag small>{`${s.examenLibelle} – ${s.libelle}`}</Tag>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <details>
              <summary>Modifier le portefeuille de {g.nom}</summary>
              <div className="fr-mt-2w">
                <PortefeuilleForm accountId={g.id} nom={g.nom} examens={examens} choisies={g.specialites.map((s) => s.id)} />
              </div>
            </details>
          </section>
        ))
      )}
    </>
  );
}
