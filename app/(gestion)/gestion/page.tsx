import type { Metadata } from "next";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { getDb } from "@/lib/db";
import { academieNom, canInviteStaff, ROLE_LABELS } from "@/lib/domain/account/roles";
import { requireStaff } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Espace de gestion", robots: { index: false } };

// The staff area's front page: what this staff member can do, within their académie. The tasks
// themselves arrive with their own issues; the tiles say so rather than pretend.
export default async function GestionPage() {
  const account = await requireStaff();
  const academie = account.academieId
    ? await (await getDb()).academie.findUnique({ where: { id: account.academieId }, select: { nom: true } })
    : null;
  const perimetre = academie ? academieNom(academie.nom) : "toutes les académies";
  const taches = [
    { titre: "Suivre les candidatures", desc: `Candidatures de ${perimetre}\u00a0: à venir.`, href: undefined },
    { titre: "Contrôler les pièces justificatives", desc: `Pièces déposées pour ${perimetre}\u00a0: à venir.`, href: undefined },
    { titre: "Paramétrer les sessions", desc: `Calendriers et listes de ${perimetre}\u00a0: à venir.`, href: undefined },
    ...(canInviteStaff(account)
      ? [{ titre: "Inviter des personnels", desc: `Gestionnaires et administrateurs de ${perimetre}.`, href: "/gestion/personnels" }]
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
