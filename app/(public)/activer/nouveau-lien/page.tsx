import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/forms/email-request-form";
import { demanderNouveauLien } from "./actions";

export const metadata: Metadata = { title: "Recevoir un nouveau lien d'activation" };

export default function NouveauLienPage() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Recevoir un nouveau lien d’activation</h1>
        <p>
          Vous avez créé votre compte mais n’avez pas reçu le courriel d’activation, ou vous l’avez perdu{"\u00a0"}? Indiquez
          l’adresse mail du compte{"\u00a0"}: un nouveau lien, valable 48{"\u00a0"}heures, lui sera envoyé. Un compte non activé
          48{"\u00a0"}heures après sa création est supprimé{"\u00a0"}: il faut alors le créer à nouveau.
        </p>
        <p className="fr-text--sm">Les champs avec * sont obligatoires.</p>
        <EmailRequestForm action={demanderNouveauLien} idPrefix="nouveau-lien" submitLabel="Recevoir un nouveau lien" />
        <p className="fr-mt-4w">
          <Link href="/creer-compte" className="fr-link">
            Créer mon compte
          </Link>
        </p>
      </div>
    </div>
  );
}
