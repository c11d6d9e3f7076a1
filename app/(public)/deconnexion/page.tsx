import type { Metadata } from "next";
import { Button } from "@codegouvfr/react-dsfr/Button";
import Link from "next/link";
import { getCurrentAccount } from "@/lib/server/auth/current-account";
import { seDeconnecter } from "./actions";

export const metadata: Metadata = { title: "Se déconnecter" };

export default async function DeconnexionPage() {
  const account = await getCurrentAccount();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Se déconnecter</h1>
        {account ? (
          <form action={seDeconnecter}>
            <p>
              Vous êtes connecté avec l’adresse <strong>{account.email}</strong>.
            </p>
            <Button type="submit" iconId="fr-icon-logout-box-r-line">
              Se déconnecter
            </Button>
          </form>
        ) : (
          <p>
            Vous n’êtes pas connecté.{" "}
            <Link href="/connexion" className="fr-link">
              Se connecter
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
