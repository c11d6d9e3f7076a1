import type { Metadata } from "next";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DataTable } from "@/components/data-table";
import { academieLabel, listeFr } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { formatDateFr } from "@/lib/domain/calendar";
import { blocageFuseau } from "@/lib/domain/gestion/academies";
import { fr } from "@/lib/domain/typographie";
import { KNOWN_ZONES, zoneLabel } from "@/lib/domain/zones";
import { lireAcademie, type AcademieDetail } from "@/lib/server/academies/lire-academie";
import { requireRole } from "@/lib/server/auth/guards";
import { acteurOf } from "@/lib/server/gestion/scope";
import { InvitationForm } from "../../personnels/invitation-form";
import { enregistrerContact, modifierCoordonnees, modifierIdentite, supprimerContact } from "./actions";
import { ContactForm, SupprimerContactForm } from "./contact-form";
import { CoordonneesForm } from "./coordonnees-form";
import { IdentiteForm } from "./identite-form";

type Props = { params: Promise<{ code: string }> };

// An académie's page [issue 10 §7]: everything for the national admin; for the académie's own admin
// its contacts, postal address and aménagement link only; a 404 for anyone else, even another
// académie's admin (lireAcademie reads WHERE the académie is the actor's).
const charger = cache(async (code: string) => {
  const account = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const academie = await lireAcademie(await getDb(), acteurOf(account), code, await now());
  return academie ? { account, academie } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lu = await charger((await params).code);
  return { title: lu ? `${academieLabel(lu.academie.nom)} – Espace de gestion` : "Page introuvable", robots: { index: false } };
}

const ETATS: Record<AcademieDetail["administrateurs"][number]["etat"], { texte: string; severity: "success" | "info" | "warning" }> = {
  ACTIF: { texte: "Actif", severity: "success" },
  INVITE: { texte: "Invitation en attente", severity: "info" },
  DESACTIVE: { texte: "Désactivé", severity: "warning" },
};

export default async function AcademiePage({ params }: Props) {
  const lu = await charger((await params).code);
  if (!lu) notFound();
  const { academie } = lu;
  const complet = academie.acces === "complet";
  const code = academie.code;
  const nom = academieLabel(academie.nom);
  const fuseauBloque = blocageFuseau(academie.timeZone, academie.sessionsEnCours, await now());
  const ordreSuivant = academie.contacts.reduce((max, c) => Math.max(max, c.ordre + 1), 0);

  return (
    <>
      <Breadcrumb
        homeLinkProps={{ href: "/gestion" }}
        segments={complet ? [{ label: "Académies", linkProps: { href: "/gestion/academies" } }] : []}
        currentPageLabel={nom}
      />
      <h1>{nom}</h1>
      <p>
        Code {code} – {zoneLabel(academie.timeZone)} – {academie.departements.length > 1 ? "départements" : "département"} {listeFr(academie.departements)}.
      </p>
      {!complet && (
        <p>
          {fr`Vous pouvez modifier les contacts, l'adresse postale et le lien vers les aménagements d'épreuves de votre académie, que les candidats lisent sur la page de chaque session. Le nom, le fuseau horaire et les départements sont fixés par l'administration nationale.`}
        </p>
      )}

      <section aria-labelledby="titre-identite" className="fr-mb-6w">
        <h2 id="titre-identite">Nom, fuseau horaire et départements</h2>
        {complet ? (
          <IdentiteForm
            action={modifierIdentite.bind(null, code)}
            valeurs={{ nom: academie.nom, timeZone: academie.timeZone, departements: academie.departements.join(" "), siteUrl: academie.siteUrl ?? "" }}
            zones={KNOWN_ZONES.map((z) => ({ value: z, label: `${zoneLabel(z)} (${z})` }))}
            fuseauBloque={fuseauBloque}
          />
        ) : (
          <dl>
            <dt className="fr-text--bold">Nom</dt>
            <dd>{academie.nom}</dd>
            <dt className="fr-text--bold">Fuseau horaire</dt>
            <dd>
              {zoneLabel(academie.timeZone)} ({academie.timeZone})
            </dd>
            <dt className="fr-text--bold">Départements</dt>
            <dd>{academie.departements.join(", ")}</dd>
            <dt className="fr-text--bold">Site</dt>
            <dd>{academie.siteUrl ?? "—"}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="titre-coordonnees" className="fr-mb-6w">
        <h2 id="titre-coordonnees">Adresse postale et aménagements d’épreuves</h2>
        <CoordonneesForm action={modifierCoordonnees.bind(null, code)} valeurs={{ adressePostale: academie.adressePostale ?? "", amenagementUrl: academie.amenagementUrl ?? "" }} />
      </section>

      <section aria-labelledby="titre-contacts" className="fr-mb-6w">
        <h2 id="titre-contacts">Contacts</h2>
        <p>{fr`Les candidats lisent ces contacts, dans cet ordre, sur la page de chaque session de l'académie.`}</p>
        {academie.contacts.length === 0 ? (
          <p>Aucun contact.</p>
        ) : (
          <ul className="fr-raw-list">
            {academie.contacts.map((c) => (
              <li key={c.id} className="fr-mb-3w">
                <h3 className="fr-h6 fr-mb-1w">{c.libelle}</h3>
                <p className="fr-mb-1w">{[c.email, c.telephone].filter(Boolean).join(" – ")}</p>
                <details>
                  <summary>{fr`Modifier ou supprimer « ${c.libelle} »`}</summary>
                  <div className="fr-mt-2w">
                    <ContactForm action={enregistrerContact.bind(null, code)} contact={c} />
                    <SupprimerContactForm action={supprimerContact.bind(null, code)} contact={c} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <h3 className="fr-h5" id="titre-ajout-contact">
          Ajouter un contact
        </h3>
        <ContactForm action={enregistrerContact.bind(null, code)} ordreSuivant={ordreSuivant} />
      </section>

      <section aria-labelledby="titre-administrateurs" className="fr-mb-6w">
        <h2 id="titre-administrateurs">Administrateurs de l’académie</h2>
        {academie.administrateurs.length === 0 ? (
          <p>{fr`Aucun administrateur d'académie.`}</p>
        ) : (
          <DataTable
            caption={`Administrateurs de l’${academieLabel(academie.nom, false)}`}
            rowHeaders
            headers={["Nom", "Adresse mail", "État"]}
            rows={academie.administrateurs.map((a) => [
              a.nom,
              a.email,
              <Badge key={a.id} severity={ETATS[a.etat].severity} small noIcon>
                {a.etat === "ACTIF" && a.activatedAt ? `Actif depuis le ${formatDateFr(a.activatedAt, "Europe/Paris")}` : ETATS[a.etat].texte}
              </Badge>,
            ])}
          />
        )}
        {complet ? (
          <>
            <h3 className="fr-h5">{fr`Inviter un administrateur d'académie`}</h3>
            <p className="fr-text--sm">
              La personne reçoit un courriel avec un lien, valable 7{"\u00a0"}jours, pour choisir son mot de passe. Les champs avec * sont obligatoires.
            </p>
            <InvitationForm
              roles={["ADMIN_ACADEMIE"]}
              academies={[{ id: academie.id, nom: academie.nom }]}
              fixe={{ role: "ADMIN_ACADEMIE", academie: { id: academie.id, nom: academie.nom } }}
            />
          </>
        ) : (
          <p>
            Pour inviter un administrateur ou un gestionnaire, ou désactiver un compte{"\u00a0"}: <Link href="/gestion/personnels">Personnels</Link>.
          </p>
        )}
      </section>
    </>
  );
}
