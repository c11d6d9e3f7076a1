import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { NewPasswordForm } from "@/components/forms/new-password-form";
import { now } from "@/lib/clock";
import { INVITATION_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { accepterInvitation } from "./actions";

export const metadata: Metadata = { title: "Activer mon accès à l'espace de gestion", robots: { index: false } };

export default async function InvitationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const { state, email } = await inspectLink(token, "INVITATION", { now: await now() });
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Activer mon accès à l’espace de gestion</h1>
        {state === "valide" ? (
          <>
            <p>
              Choisissez le mot de passe du compte <strong>{email}</strong>. Vous vous connecterez ensuite avec cette adresse.
            </p>
            <p className="fr-text--sm">Les champs avec * sont obligatoires.</p>
            <NewPasswordForm action={accepterInvitation} token={token} idPrefix="invitation" submitLabel="Activer mon accès" />
          </>
        ) : (
          <Alert severity="error" role="status" as="h2" title={INVITATION_LINK_MESSAGES[state].title} description={INVITATION_LINK_MESSAGES[state].description} />
        )}
      </div>
    </div>
  );
}
