import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/domain/account/roles";
import { fr } from "@/lib/domain/typographie";
import { getCurrentAccount } from "@/lib/server/auth/current-account";
import { ConnexionForm } from "./connexion-form";

export const metadata: Metadata = { title: "Se connecter" };

// Messages carried by the address after a redirect (?compte=active…): fixed texts, never echoed input.
const NOTICES: Record<string, { severity: "success" | "info"; text: string }> = {
  "compte=active": { severity: "success", text: fr`Votre compte est activé : connectez-vous avec votre adresse mail et votre mot de passe.` },
  "compte=deja-active": { severity: "info", text: fr`Votre compte est déjà activé : connectez-vous.` },
  "deconnexion=1": { severity: "success", text: "Vous êtes déconnecté." },
  "session=expiree": { severity: "info", text: fr`Votre session a pris fin (30 minutes sans activité, ou déconnexion ailleurs) : connectez-vous à nouveau.` },
  "mot-de-passe=modifie": { severity: "success", text: fr`Votre mot de passe a été modifié : connectez-vous avec le nouveau.` },
  "invitation=acceptee": { severity: "success", text: fr`Votre compte est activé : connectez-vous avec votre adresse mail et le mot de passe choisi.` },
};

export default async function ConnexionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const account = await getCurrentAccount();
  if (account) redirect(homeFor(account.role));
  const params = await searchParams;
  const notice = Object.entries(params)
    .map(([key, value]) => NOTICES[`${key}=${String(value)}`])
    .find(Boolean);

  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Se connecter</h1>
        {notice && <Alert severity={notice.severity} role="status" small description={notice.text} className="fr-mb-4w" />}
        <p className="fr-text--sm">Votre identifiant de connexion est l’adresse mail indiquée à la création de votre compte. Les champs avec * sont obligatoires.</p>
        <ConnexionForm />
        <hr className="fr-mt-4w" />
        <h2 className="fr-h5">Vous n’avez pas de compte{"\u00a0"}?</h2>
        <p>Créez votre compte avant votre toute première inscription.</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/creer-compte">
              Créer un compte
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" href="/activer/nouveau-lien">
              Recevoir un nouveau lien d’activation
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
