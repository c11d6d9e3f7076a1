import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { NewPasswordForm } from "@/components/forms/new-password-form";
import { now } from "@/lib/clock";
import { RESET_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { choisirNouveauMotDePasse } from "./actions";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe", robots: { index: false } };

export default async function NouveauMotDePassePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const { state, email } = await inspectLink(token, "PASSWORD_RESET", { now: await now() });
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Choisir un nouveau mot de passe</h1>
        {state === "valide" ? (
          <>
            <p>
              Nouveau mot de passe du compte <strong>{email}</strong>. Les connexions ouvertes avec l’ancien seront fermées.
            </p>
            <p className="fr-text--sm">Les champs avec * sont obligatoires.</p>
            <NewPasswordForm action={choisirNouveauMotDePasse} token={token} idPrefix="nouveau" submitLabel="Enregistrer le mot de passe" />
          </>
        ) : (
          <>
            <Alert severity="error" role="status" as="h2" title={RESET_LINK_MESSAGES[state].title} description={RESET_LINK_MESSAGES[state].description} className="fr-mb-4w" />
            <Link className="fr-btn" href="/mot-de-passe/oublie">
              Recevoir un nouveau lien
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
