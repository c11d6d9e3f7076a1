import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { now } from "@/lib/clock";
import { formatCalendarDate, utcToCalendarDate } from "@/lib/domain/account/birth-date";
import { academieNom, ROLE_LABELS } from "@/lib/domain/account/roles";
import { CIVILITE_LABELS } from "@/lib/domain/account/schemas";
import { listPays, nomPays } from "@/lib/domain/pays";
import { formatDateFr } from "@/lib/domain/calendar";
import { fr } from "@/lib/domain/typographie";
import { getAccountProfile } from "@/lib/server/accounts/get-account-profile";
import { requireAccount } from "@/lib/server/auth/guards";
import { AdresseForm } from "./adresse-form";
import { IdentiteForm } from "./identite-form";
import { MotDePasseForm } from "./mot-de-passe-form";

export const metadata: Metadata = { title: "Mon compte" };

export default async function MonComptePage() {
  const account = await requireAccount();
  const profile = await getAccountProfile(account.id, { now: await now() });
  const isCandidate = profile.role === "CANDIDAT";
  const dateNaissance = profile.dateNaissance ? formatCalendarDate(utcToCalendarDate(profile.dateNaissance)) : "";
  const identite = {
    civilite: profile.civilite ?? "",
    nomNaissance: profile.nomNaissance,
    nomUsage: profile.nomUsage ?? "",
    prenoms: profile.prenoms,
    dateNaissance,
    paysNaissance: profile.paysNaissance ?? "",
  };

  return (
    <>
      <h1>Mon compte</h1>
      <p>
        {isCandidate ? "Compte candidat" : ROLE_LABELS[profile.role]}
        {profile.academie ? ` – ${academieNom(profile.academie.nom)}` : ""}, connecté avec l’adresse <strong>{profile.email}</strong>.
      </p>

      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-lg-6" aria-labelledby="titre-identite">
          <h2 id="titre-identite">Mon état civil</h2>
          {isCandidate && !profile.identiteFigee ? (
            <>
              <p className="fr-text--sm">
                Tel qu’il figure sur votre pièce d’identité. Vous pouvez le corriger tant que vous n’avez pas de candidature. Les champs avec * sont obligatoires.
              </p>
              <IdentiteForm initial={identite} pays={listPays()} />
            </>
          ) : (
            <>
              {isCandidate && (
                <Alert
                  severity="info"
                  role="status"
                  small
                  description={fr`Vous avez une candidature : votre état civil ne peut plus être modifié ici. Pour le corriger, contactez le service gestionnaire de votre académie.`}
                  className="fr-mb-3w"
                />
              )}
              <dl>
                {isCandidate && <Row term="Civilité" value={profile.civilite ? CIVILITE_LABELS[profile.civilite] : "—"} />}
                <Row term={isCandidate ? "Nom de famille (nom de naissance)" : "Nom"} value={profile.nomNaissance} />
                {isCandidate && <Row term="Nom d'usage" value={profile.nomUsage ?? "—"} />}
                <Row term={isCandidate ? "Prénoms" : "Prénom"} value={profile.prenoms} />
                {isCandidate && <Row term="Date de naissance" value={dateNaissance || "—"} />}
                {isCandidate && <Row term="Pays de naissance" value={profile.paysNaissance ? nomPays(profile.paysNaissance) : "—"} />}
              </dl>
            </>
          )}
        </section>

        <div className="fr-col-12 fr-col-lg-6">
          <section aria-labelledby="titre-adresse" className="fr-mb-6w">
            <h2 id="titre-adresse">Mon adresse mail</h2>
            <p>
              Adresse actuelle, qui est aussi votre identifiant de connexion{"\u00a0"}: <strong>{profile.email}</strong>
            </p>
            {profile.adresseEnAttente && (
              <Alert
                severity="info"
                role="status"
                small
                description={fr`Changement en attente : suivez le lien envoyé à ${profile.adresseEnAttente} pour que cette adresse devienne la vôtre.`}
                className="fr-mb-3w"
              />
            )}
            <p className="fr-text--sm">La nouvelle adresse ne remplace l’actuelle qu’une fois confirmée par le lien qui lui est envoyé. Les champs avec * sont obligatoires.</p>
            <AdresseForm />
          </section>

          <section aria-labelledby="titre-mot-de-passe">
            <h2 id="titre-mot-de-passe">Mon mot de passe</h2>
            {profile.passwordChangedAt && <p className="fr-text--sm">Dernière modification le {formatDateFr(profile.passwordChangedAt, "Europe/Paris")}.</p>}
            <MotDePasseForm />
          </section>
        </div>
      </div>
    </>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="fr-mb-2w">
      <dt className="fr-text--bold fr-mb-0">{term}</dt>
      <dd className="fr-ml-0">{value}</dd>
    </div>
  );
}
