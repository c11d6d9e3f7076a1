import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { now } from "@/lib/clock";
import { EMAIL_CHANGE_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { confirmerAdresse } from "./actions";
import { ConfirmerAdresseForm } from "./confirmer-adresse-form";

export const metadata: Metadata = { title: "Confirmer ma nouvelle adresse mail", robots: { index: false } };

export default async function ConfirmerAdressePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" ? jeton : "";
  const { state } = await inspectLink(token, "EMAIL_CHANGE", { now: await now() });
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Confirmer ma nouvelle adresse mail</h1>
        {state === "valide" ? (
          <ConfirmerAdresseForm action={confirmerAdresse} token={token} />
        ) : (
          <Alert severity="error" role="status" as="h2" title={EMAIL_CHANGE_LINK_MESSAGES[state].title} description={EMAIL_CHANGE_LINK_MESSAGES[state].description} />
        )}
      </div>
    </div>
  );
}
