import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { LinkActionForm } from "@/components/forms/link-action-form";
import { now } from "@/lib/clock";
import { ACTIVATION_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { activer } from "./actions";

export const metadata: Metadata = { title: "Activer mon compte", robots: { index: false } };

export default async function ActiverPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const { state, email } = await inspectLink(token, "ACTIVATION", { now: await now() });

  if (state === "valide") {
    return (
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Activer mon compte</h1>
          <p>
            Vous allez activer le compte candidat créé avec l’adresse <strong>{email}</strong>. Vous pourrez ensuite vous
            connecter avec cette adresse et le mot de passe choisi à la création.
          </p>
          <LinkActionForm action={activer} token={token} label="Activer mon compte" />
        </div>
      </div>
    );
  }

  const message = ACTIVATION_LINK_MESSAGES[state];
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Activer mon compte</h1>
        <Alert severity={state === "utilise" ? "info" : "error"} role="status" as="h2" title={message.title} description={message.description} className="fr-mb-4w" />
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {state === "utilise" ? (
            <li>
              <Link className="fr-btn" href="/connexion">
                Se connecter
              </Link>
            </li>
          ) : (
            <>
              <li>
                <Link className="fr-btn" href="/creer-compte">
                  Créer mon compte
                </Link>
              </li>
              <li>
                <Link className="fr-btn fr-btn--secondary" href="/activer/nouveau-lien">
                  Recevoir un nouveau lien
                </Link>
              </li>
            </>
          )}
        </ul>
      </div>
    </div>
  );
}
