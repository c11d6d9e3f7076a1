import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import Link from "next/link";
import { estModifiable } from "@/components/candidature/wizard-frame";
import { academieLabel } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { bandeauFenetre, instantLocal } from "@/lib/domain/candidature/fenetre";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { getCandidature } from "@/lib/server/candidatures/get-candidature";
import { seDesinscrire } from "./actions";
import { DesinscriptionForm } from "./desinscription-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Me désinscrire", robots: { index: false } };

export default async function DesinscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const account = await requireCandidate();
  const dossier = await getCandidature(account.id, id, await now());
  if (!dossier) notFound();
  const { session } = dossier;
  const zone = session.academie.timeZone;
  const retour = `/mes-candidatures/${dossier.id}/recapitulatif`;
  const possible = estModifiable(dossier) && dossier.statut === "ENREGISTREE";

  return (
    <>
      <Breadcrumb homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/mes-candidatures" } }]} currentPageLabel="Me désinscrire" />
      <h1>Me désinscrire</h1>
      <p className="fr-text--lead">
        {session.examen.libelle} – {session.libelle} – {academieLabel(session.academie.nom)}
        {dossier.numero && <> – n°{"\u00a0"}{dossier.numero}</>}
      </p>
      {possible ? (
        <>
          <CallOut title="Avant de confirmer" titleAs="h2" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue" bodyAs="div">
            <ul>
              <li>Votre candidature ne sera plus prise en compte : vous ne serez pas convoqué aux épreuves.</li>
              <li>{fr`Votre numéro d'inscription est conservé. Jusqu'au ${instantLocal(dossier.window.closesAt, zone)}, vous pourrez vous réinscrire en enregistrant de nouveau votre candidature.`}</li>
              <li>Après la clôture, la désinscription est définitive pour cette session.</li>
            </ul>
          </CallOut>
          <DesinscriptionForm action={seDesinscrire.bind(null, dossier.id)} retour={retour} revision={dossier.revision} />
        </>
      ) : (
        <>
          <p>
            {dossier.etat !== "OUVERTE"
              ? bandeauFenetre(dossier.etat, dossier.window, zone)
              : fr`Seule une candidature enregistrée peut faire l'objet d'une désinscription.`}
          </p>
          <p>
            <Link href={retour}>Revenir au récapitulatif</Link>
          </p>
        </>
      )}
    </>
  );
}
