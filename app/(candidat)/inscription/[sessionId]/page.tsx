import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { academieLabel, listeFr } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { formatWindowFr } from "@/lib/domain/calendar";
import { bandeauFenetre, instantLocal } from "@/lib/domain/candidature/fenetre";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { findCandidature } from "@/lib/server/candidatures/find-candidature";
import { getSession } from "@/lib/server/sessions/get-session";
import { ModalitesForm } from "./modalites-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Modalités d’inscription", robots: { index: false } };

// The "Modalités d'inscription" read and accepted before step 1: the closing date above all.
export default async function ModalitesPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const account = await requireCandidate();
  const at = await now();
  const session = await getSession(sessionId, at);
  if (!session) notFound();
  const existante = await findCandidature(account.id, sessionId);
  const zone = session.academie.timeZone;
  const academie = academieLabel(session.academie.nom, false);
  const cloture = instantLocal(session.inscription.closesAt, zone);

  return (
    <>
      <Breadcrumb homeLinkProps={{ href: "/" }} segments={[{ label: "M’inscrire", linkProps: { href: "/inscription" } }]} currentPageLabel="Modalités d’inscription" />
      <h1>Modalités d’inscription</h1>
      <p className="fr-text--lead">
        {session.examen.libelle} – {session.libelle} – {academieLabel(session.academie.nom)}
      </p>
      <p>Inscriptions {formatWindowFr(session.inscription, zone)}.</p>

      <section aria-labelledby="titre-modalites" className="fr-mb-4w">
        <h2 id="titre-modalites">Lisez ces modalités avant de commencer</h2>
        <ul>
          <li>
            <strong>{fr`Date limite : ${cloture}.`}</strong> {fr`Passé ce délai, le serveur est fermé : aucune inscription ni modification n'est acceptée. N'attendez pas les derniers jours.`}
          </li>
          <li>{fr`Vous devez être domicilié dans l'${academie} (départements ${listeFr(session.academie.departements)}) et remplir l'une des conditions d'inscription (étape 2).`}</li>
          <li>{fr`L'inscription se fait en six étapes, dans l'ordre. Vos réponses sont conservées à chaque « Suivant », mais votre candidature n'est prise en compte qu'après « ENREGISTRER » à la sixième étape : un numéro d'inscription vous est alors attribué et un courriel de confirmation vous est envoyé.`}</li>
          <li>{fr`La forme de passage (globale ou progressive) est définitive, et toute note ou dispense non conservée est définitivement perdue.`}</li>
          <li>{fr`Jusqu'à la clôture, vous pouvez modifier votre candidature (chaque modification est à enregistrer de nouveau) ou vous désinscrire.`}</li>
          <li>{fr`La validation en ligne vaut signature. Vous fournirez ensuite vos pièces justificatives selon les modalités de l'académie.`}</li>
        </ul>
        <p>
          <Link href={`/sessions/${session.id}`}>Toutes les informations de la session</Link>
        </p>
      </section>

      {existante ? (
        <p>
          {fr`Vous avez déjà une candidature pour cette session : `}
          <Link href={`/mes-candidatures/${existante.id}`}>gérer ma candidature</Link>.
        </p>
      ) : !session.enLigne ? (
        <p>{fr`L'inscription à cet examen ne se fait pas encore sur ce portail : adressez-vous au service des examens de l'${academie}.`}</p>
      ) : session.etat === "OUVERTE" ? (
        <ModalitesForm
          sessionId={session.id}
          accord={fr`J'ai lu les modalités d'inscription et je sais que les inscriptions ferment le ${cloture} : passé ce délai, aucune inscription ni modification n'est possible.`}
        />
      ) : (
        <p>{bandeauFenetre(session.etat, session.inscription, zone)}</p>
      )}
    </>
  );
}
