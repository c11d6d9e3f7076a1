import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { formatDateHeureFr, formatInstantFr } from "@/lib/domain/calendar";
import { calendrierEnMots, type CalendrierInstants } from "@/lib/domain/session/calendrier";
import { listeEnTexte } from "@/lib/domain/session/configuration";
import { ECHEANCES, LIBELLES_ECHEANCES } from "@/lib/domain/session/prolongation";
import { zoneLabel } from "@/lib/domain/zones";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { chargerSessionAdmin } from "@/lib/server/sessions/admin/charger-session-admin";
import { CalendrierForm } from "../calendrier-form";
import { ConfigurationForm } from "../configuration-form";
import { ProlongationForm } from "../prolongation-form";
import { PublicationForm } from "../publication-form";

export const metadata: Metadata = { title: "Paramétrer une session – Espace de gestion", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ creee?: string }> };

const majuscule = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// One session of the admin's académie [issue 10 §1–4]: its calendar in words, publication,
// extensions, calendar, what candidates choose from. Another académie's session is a 404.
export default async function SessionAdminPage({ params, searchParams }: Props) {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { id } = await params;
  const at = await now();
  const session = await chargerSessionAdmin(await getDb(), scope, id, at);
  if (!session) notFound();
  const zone = session.academie.timeZone;
  const lieu = zoneLabel(zone);
  const instants: CalendrierInstants = {
    inscriptionOuverture: session.inscriptionOuverture,
    inscriptionCloture: session.inscriptionCloture,
    ...(session.depotOuverture ? { depotOuverture: session.depotOuverture } : {}),
    ...(session.depotCloture ? { depotCloture: session.depotCloture } : {}),
    ...(session.confirmationLimite ? { confirmationLimite: session.confirmationLimite } : {}),
    ...(session.epsDate ? { epsDate: session.epsDate } : {}),
  };
  const echeances = ECHEANCES.flatMap((e) => {
    const actuelle = session[e];
    return actuelle ? [{ echeance: e, actuelle: `${formatInstantFr(actuelle, zone)}` }] : [];
  });
  const titre = `${session.examen.libelle} – ${session.libelle}`;
  const modes = Object.fromEntries(session.pieces.map((p) => [p.pieceCode, p.mode]));
  return (
    <>
      <Breadcrumb segments={[{ label: "Sessions", linkProps: { href: "/gestion/sessions" } }]} currentPageLabel={titre} homeLinkProps={{ href: "/gestion" }} />
      <h1>{titre}</h1>
      {(await searchParams).creee === "1" && (
        <Alert severity="success" small className="fr-mb-3w" description="Session créée, non publiée : vérifiez les choix proposés aux candidats puis publiez-la." />
      )}
      <p>
        <EtatBadge etat={session.etat} />{" "}
        {session.publiee ? (
          <Badge small severity="success" noIcon as="span">
            Publiée
          </Badge>
        ) : (
          <Badge small severity="warning" noIcon as="span">
            Non publiée
          </Badge>
        )}
      </p>
      <ul>
        <li>
          {session._count.candidatures} candidature{session._count.candidatures > 1 ? "s" : ""}
          {session.aRevoir > 0 && <> dont {session.aRevoir} à revoir par leur candidat après un changement des choix proposés</>}.
        </li>
        <li>Configuration des choix proposés{"\u00a0"}: version {session.configVersion}.</li>
      </ul>

      <section aria-labelledby="titre-calendrier-mots" className="fr-mb-6w">
        <h2 id="titre-calendrier-mots">Calendrier</h2>
        <DataTable
          caption={`Calendrier de la session (${lieu})`}
          rowHeaders
          headers={["Étape", "Dates"]}
          rows={calendrierEnMots(instants, zone).map((l) => [l.libelle, l.texte])}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-eye-line fr-btn--icon-left" href={`/gestion/sessions/${session.id}/apercu`}>
              Aperçu de la page candidats
            </Link>
          </li>
        </ul>
        <PublicationForm sessionId={session.id} publiee={session.publiee} />
      </section>

      <section aria-labelledby="titre-prolongation" className="fr-mb-6w">
        <h2 id="titre-prolongation">Prolonger une échéance</h2>
        <p>
          En cas d’incident (serveur indisponible le dernier soir, par exemple), repoussez une échéance{"\u00a0"}: la nouvelle date s’applique aussitôt, elle est
          annoncée sur la page de la session et dans les candidatures, et la décision est conservée.
        </p>
        {echeances.length > 0 ? <ProlongationForm sessionId={session.id} echeances={echeances} lieu={lieu} /> : <p>Cette session n’a pas encore d’échéance.</p>}
        {session.prolongations.length > 0 && (
          <DataTable
            caption="Prolongations décidées"
            headers={["Décidée le", "Échéance", "Ancienne date", "Nouvelle date", "Motif", "Par"]}
            rows={session.prolongations.map((p) => [
              formatDateHeureFr(p.at, zone),
              majuscule(LIBELLES_ECHEANCES[p.echeance as (typeof ECHEANCES)[number]] ?? p.echeance),
              formatDateHeureFr(p.ancienne, zone),
              formatDateHeureFr(p.nouvelle, zone),
              p.motif,
              p.auteur ? `${p.auteur.prenoms} ${p.auteur.nomUsage ?? p.auteur.nomNaissance}` : "—",
            ])}
          />
        )}
      </section>

      <section aria-labelledby="titre-modifier-calendrier" className="fr-mb-6w">
        <h2 id="titre-modifier-calendrier">Modifier le calendrier</h2>
        {session._count.candidatures > 0 && (
          <p>Des candidats sont inscrits{"\u00a0"}: les échéances ne se repoussent plus que par une prolongation, et ne s’avancent plus.</p>
        )}
        <CalendrierForm
          sessionId={session.id}
          lieu={lieu}
          initial={{
            inscriptionOuverture: session.inscriptionOuvertureLocal,
            inscriptionCloture: session.inscriptionClotureLocal,
            depotOuverture: session.depotOuvertureLocal ?? "",
            depotCloture: session.depotClotureLocal ?? "",
            confirmationLimite: session.confirmationLimiteLocal ?? "",
            epsDate: session.epsDateLocal ?? "",
          }}
        />
      </section>

      <section aria-labelledby="titre-choix" className="fr-mb-6w">
        <h2 id="titre-choix">Choix proposés aux candidats</h2>
        <ConfigurationForm
          sessionId={session.id}
          specialitesExamen={session.specialitesExamen}
          catalogue={session.catalogue}
          adresseAcademie={session.academie.adressePostale}
          initiale={{
            languesLva: listeEnTexte(session.languesLva),
            languesLvb: listeEnTexte(session.languesLvb),
            languesLvf: listeEnTexte(session.languesLvf),
            activitesEps: listeEnTexte(session.activitesEps),
            activitesEpsAdaptees: listeEnTexte(session.activitesEpsAdaptees),
            adressePostale: session.adressePostale ?? "",
            amenagementUrl: session.amenagementUrl ?? "",
            informations: session.informations ?? "",
            modes,
            specialites: session.specialitesOffertes,
          }}
        />
        {session.configurations.length > 0 && (
          <>
            <h3 className="fr-h6">Versions enregistrées</h3>
            <ul>
              {session.configurations.map((c) => (
                <li key={c.version}>
                  Version {c.version}, enregistrée le {formatDateHeureFr(c.createdAt, zone)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
