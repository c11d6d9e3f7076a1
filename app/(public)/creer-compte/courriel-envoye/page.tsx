import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { NBSP } from "@/lib/domain/typographie";

export const metadata: Metadata = { title: "Consultez votre messagerie" };

// The same page whatever happened to the address (new account, account already there): only its
// owner learns which, by mail.
export default function CourrielEnvoyePage() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Consultez votre messagerie</h1>
        <Alert
          severity="success"
          role="status"
          as="h2"
          title="Votre demande a été enregistrée"
          description={`Un courriel va être envoyé dans les prochaines minutes à l'adresse que vous avez indiquée. Pour activer votre compte, cliquez sur le lien «${NBSP}Activer mon compte${NBSP}» qu'il contient.`}
          className="fr-mb-4w"
        />
        <p>
          <strong>Le lien est valable 48{NBSP}heures.</strong> Passé ce délai, le compte non activé est supprimé et il
          faut le créer à nouveau.
        </p>
        <p>
          Le courriel peut mettre quelques minutes à arriver. S’il n’est pas dans votre boîte de réception, regardez dans
          le dossier des courriers indésirables (spams).
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/activer/nouveau-lien">
              Recevoir un nouveau lien
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" href="/connexion">
              Se connecter
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
