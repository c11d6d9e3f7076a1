import type { Metadata } from "next";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import Link from "next/link";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/domain/account/roles";
import { listPays } from "@/lib/domain/pays";
import { getCurrentAccount } from "@/lib/server/auth/current-account";
import { CreerCompteForm } from "./creer-compte-form";

export const metadata: Metadata = { title: "Créer mon compte" };

export default async function CreerComptePage() {
  const account = await getCurrentAccount();
  if (account) redirect(homeFor(account.role));
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Créer mon compte</h1>
        <p>
          Pour créer mon compte, opération nécessaire uniquement avant une toute première inscription aux examens, je
          renseigne les données d’état civil telles qu’elles figurent sur ma pièce d’identité.
        </p>
        <p className="fr-text--sm">Les champs avec * sont obligatoires.</p>
        <CreerCompteForm pays={listPays()} />
        <p className="fr-mt-4w">
          <Link href="/connexion" className="fr-link">
            J’ai déjà un compte
          </Link>
        </p>
      </div>
      <div className="fr-col-12 fr-col-lg-4">
        <CallOut title="À retenir" titleAs="h2">
          Conservez bien votre identifiant de connexion (votre adresse mail) et votre mot de passe. Chaque fois qu’un
          document (confirmation d’inscription, convocation, relevé de notes…) est mis à votre disposition dans votre
          espace candidat, vous recevez un courriel. Aucun document n’est envoyé par voie postale.
        </CallOut>
      </div>
    </div>
  );
}
