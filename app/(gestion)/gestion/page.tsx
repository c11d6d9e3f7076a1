import type { Metadata } from "next";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { getDb } from "@/lib/db";
import { academieNom, canInviteStaff, ROLE_LABELS } from "@/lib/domain/account/roles";
import { requireStaff } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Espace de gestion", robots: { index: false } };

// The staff area's front page: what this staff member can do, within their académie.
export default async function GestionPage() {
  const account = await requireStaff();
  const academie = account.academieId
    ? await (await getDb()).academie.findUnique({ where: { id: account.academieId }, select: { nom: true } })
    : null;
  const perimetre = academie ? academieNom(academie.nom) : "toutes les académies";
  const rectorat = account.role === "GESTIONNAIRE" || account.role === "ADMIN_ACADEMIE";
  const taches = [
    ...(rectorat
      ? [
          { titre: "Tableau de bord", desc: `Les chiffres de ${perimetre}\u00a0: inscriptions, statuts, pièces.`, href: "/gestion/tableau-de-bord" },
          { titre: "Suivre les candidatures", desc: `Rechercher, filtrer, exporter les candidatures de ${perimetre}.`, href: "/gestion/candidatures" },
          { titre: "Contrôler les pièces justificatives", desc: "Les pièces transmises, la plus ancienne d’abord.", href: "/gestion/pieces" },
          { titre: "Demandes de pièces et relances", desc: "Courriers envoyés aux candidats, un par un ou par liste.", href: "/gestion/operations" },
          { titre: "Annuler les dossiers incomplets", desc: "Après la date limite de dépôt des pièces.", href: "/gestion/annulations" },
        ]
      : []),
    ...(account.role === "ADMIN_ACADEMIE"
      ? [
          { titre: "Paramétrer les sessions", desc: `Calendriers, choix proposés, pièces et prolongations des sessions de ${perimetre}.`, href: "/gestion/sessions" },
          { titre: "Portefeuilles des gestionnaires", desc: "Les spécialités suivies par chaque gestionnaire.", href: "/gestion/portefeuilles" },
        ]
      : []),
    ...(account.role === "ADMIN_ACADEMIE"
      ? [{ titre: "Rappels avant les clôtures", desc: "Les courriels aux candidats dont la candidature ou les pièces manquent, 72 h et 24 h avant.", href: "/gestion/rappels" }]
      : []),
    ...(canInviteStaff(account)
      ? [{ titre: "Inviter des personnels", desc: `Gestionnaires et administrateurs de ${perimetre}.`, href: "/gestion/personnels" }]
      : []),
    ...(account.role === "ADMIN_ACADEMIE"
      ? [{ titre: "Mon académie", desc: "Contacts, adresse postale et lien vers les aménagements d’épreuves montrés aux candidats.", href: "/gestion/academies" }]
      : []),
    ...(account.role === "ADMIN_NATIONAL"
      ? [{ titre: "Académies", desc: "Nom, fuseau horaire, départements, contacts et administrateurs de chaque académie.", href: "/gestion/academies" }]
      : []),
    ...(account.role === "ADMIN_NATIONAL"
      ? [{ titre: "Catalogue des examens", desc: "Spécialités et épreuves du baccalauréat professionnel, des CAP, BP et MC.", href: "/gestion/catalogue" }]
      : []),
    ...(account.role === "ADMIN_NATIONAL"
      ? [{ titre: "Courriels et tâches en échec", desc: "Ce que la file de tâches n’a pas pu faire, et le relancer.", href: "/gestion/taches" }]
      : []),
  ];
  return (
    <>
      <h1>Espace de gestion</h1>
      <p>
        {ROLE_LABELS[account.role]} – périmètre{"\u00a0"}: <strong>{perimetre}</strong>.
      </p>
      <h2 className="fr-h4">Ce que vous pouvez faire</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {taches.map((t) => (
          <li key={t.titre} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            {t.href ? (
              <Tile title={t.titre} desc={t.desc} linkProps={{ href: t.href }} titleAs="h3" />
            ) : (
              <Tile title={t.titre} desc={t.desc} titleAs="h3" />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
