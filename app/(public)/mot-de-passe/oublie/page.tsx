import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/forms/email-request-form";
import { demanderReinitialisation } from "./actions";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function MotDePasseOubliePage() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Mot de passe oublié</h1>
        <p>
          Indiquez l’adresse mail de votre compte{"\u00a0"}: vous recevrez un lien pour choisir un nouveau mot de passe,
          valable 1{"\u00a0"}heure. Choisir un nouveau mot de passe ferme toutes les connexions ouvertes avec l’ancien.
        </p>
        <p className="fr-text--sm">Les champs avec * sont obligatoires.</p>
        <EmailRequestForm action={demanderReinitialisation} idPrefix="oublie" submitLabel="Recevoir le lien" />
        <p className="fr-mt-4w">
          <Link href="/connexion" className="fr-link">
            Retour à la connexion
          </Link>
        </p>
      </div>
    </div>
  );
}
