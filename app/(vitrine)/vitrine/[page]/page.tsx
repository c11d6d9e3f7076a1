import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { SessionCard } from "@/components/sessions/session-card";
import { academieLabel, groupBy, groupSessionsByEtat, NBSP } from "@/components/sessions/session-labels";
import { nowForCachedPage } from "@/lib/clock";
import { formatWindowFr } from "@/lib/domain/calendar";
import { listSessions, type SessionSummary } from "@/lib/server/sessions/list-sessions";

// The home page, served from the cache at "/" (proxy.ts rewrites it here): rendered at its first
// request — never by `next build`, which has no database — then again in the background at most
// once a minute, and at once when an académie changes what it shows (lib/cache/revalider.ts).
// A session opening or closing shows here within that minute; the deadline itself is decided by
// the server on each save, never by this page.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { page: string }[] {
  return [];
}
const PAGES = new Set(["accueil"]);

function SessionsParAcademie({ sessions, titreId }: { sessions: SessionSummary[]; titreId: string }) {
  return groupBy(sessions, (s) => s.academie.id).map(({ key, items }) => (
    <section key={key} aria-labelledby={`${titreId}-${key}`} className="fr-mb-4w">
      <h3 id={`${titreId}-${key}`} className="fr-h5">
        {academieLabel(items[0]!.academie.nom)}
      </h3>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {items.map((session) => (
          <li key={session.id} className="fr-col-12 fr-col-md-6 fr-col-lg-4">
            <SessionCard session={session} />
          </li>
        ))}
      </ul>
    </section>
  ));
}

export default async function HomePage({ params }: { params: Promise<{ page: string }> }) {
  if (!PAGES.has((await params).page)) notFound();
  const sessions = await listSessions(await nowForCachedPage());
  // Only what can be done here is advertised as open: a session of an exam without a catalogue
  // (no spécialité with its épreuves yet) is listed apart, registration at the rectorat, no link.
  const { ouvertes, aVenir } = groupSessionsByEtat(sessions.filter((s) => s.enLigne));
  const { closes } = groupSessionsByEtat(sessions);
  const auRectorat = groupSessionsByEtat(sessions.filter((s) => !s.enLigne));
  const horsPortail = [...auRectorat.ouvertes, ...auRectorat.aVenir];

  return (
    <>
      <h1>Inscriptions des candidats individuels aux examens professionnels</h1>
      <p className="fr-text--lead">
        Ce portail permet de s’inscrire, en candidat individuel, au baccalauréat professionnel, au certificat d’aptitude
        professionnelle (CAP), au brevet professionnel (BP) et aux mentions complémentaires (MC). Chaque inscription est
        instruite par le service des examens de l’académie.
      </p>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-lg-5">
          <h2 className="fr-h4">Qui peut s’inscrire{NBSP}?</h2>
          <p>
            Les candidats individuels (candidats libres, enseignement à distance, candidats justifiant d’une expérience
            professionnelle) domiciliés dans l’académie où ils s’inscrivent. Les conditions propres à chaque examen sont
            rappelées sur la page de chaque session.
          </p>
        </div>
        <div className="fr-col-12 fr-col-lg-7">
          <h2 className="fr-h4">Comment s’inscrire{NBSP}?</h2>
          <ol>
            <li>
              <strong>Créez votre compte</strong> avec votre état civil tel qu’il figure sur votre pièce d’identité et une
              adresse électronique que vous consultez régulièrement.
            </li>
            <li>
              <strong>Activez votre compte dans les 48{NBSP}heures</strong> grâce au lien reçu par courriel{NBSP}; passé ce
              délai, le compte est supprimé et la démarche est à recommencer.
            </li>
            <li>
              <strong>Inscrivez-vous à l’examen</strong> en suivant les six étapes (identification, informations
              candidature, qualification présentée, acquis, épreuves, récapitulatif), puis cliquez sur
              «{NBSP}ENREGISTRER{NBSP}»{NBSP}: un numéro d’inscription vous est alors attribué.
            </li>
            <li>
              <strong>Transmettez vos pièces justificatives</strong> avec votre confirmation d’inscription datée et signée,
              en ligne ou par voie postale selon l’académie, avant la date limite.
            </li>
          </ol>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Link className="fr-btn" href="/creer-compte">
                Créer mon compte
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href="/connexion">
                Se connecter
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--tertiary" href="/inscription">
                M’inscrire à une session
              </Link>
            </li>
          </ul>
        </div>
      </div>

      <section aria-labelledby="sessions-ouvertes" className="fr-mb-6w">
        <h2 id="sessions-ouvertes">Inscriptions ouvertes</h2>
        {ouvertes.length > 0 ? (
          <SessionsParAcademie sessions={ouvertes} titreId="ouvertes" />
        ) : (
          <p>Aucune inscription n’est ouverte en ce moment. Consultez les sessions à venir ci-dessous.</p>
        )}
      </section>

      <section aria-labelledby="sessions-a-venir" className="fr-mb-6w">
        <h2 id="sessions-a-venir">Inscriptions à venir</h2>
        {aVenir.length > 0 ? (
          <SessionsParAcademie sessions={aVenir} titreId="a-venir" />
        ) : (
          <p>Aucune session à venir n’est encore publiée.</p>
        )}
      </section>

      {horsPortail.length > 0 && (
        <section aria-labelledby="sessions-rectorat" className="fr-mb-6w">
          <h2 id="sessions-rectorat">Inscriptions auprès du rectorat</h2>
          <p>
            L’inscription à ces examens ne se fait pas encore sur ce portail{NBSP}: adressez-vous au service des examens de
            l’académie, aux dates indiquées.
          </p>
          <DataTable
            caption="Sessions dont l’inscription se fait auprès du rectorat"
            headers={["Académie", "Examen", "Session", "Inscriptions"]}
            rows={horsPortail.map((session) => [
              academieLabel(session.academie.nom),
              session.examen.libelle,
              session.libelle,
              formatWindowFr(session.inscription, session.academie.timeZone),
            ])}
          />
        </section>
      )}

      {closes.length > 0 && (
        <div className="fr-accordions-group fr-mb-6w">
          <Accordion label={`Inscriptions closes (${closes.length}${NBSP}session${closes.length > 1 ? "s" : ""})`} titleAs="h2">
            <DataTable
              caption="Sessions dont les inscriptions sont closes"
              headers={["Académie", "Examen", "Session", "Inscriptions", "État"]}
              rows={closes.map((session) => [
                academieLabel(session.academie.nom),
                session.enLigne ? (
                  <Link key="lien" href={`/sessions/${session.id}`}>
                    {session.examen.libelle}
                  </Link>
                ) : (
                  session.examen.libelle
                ),
                session.libelle,
                formatWindowFr(session.inscription, session.academie.timeZone),
                <EtatBadge key="etat" etat={session.etat} small />,
              ])}
            />
          </Accordion>
        </div>
      )}

      <CallOut title="Candidats en situation de handicap" titleAs="h2" iconId="fr-icon-information-line">
        Lors de l’inscription, répondez «{NBSP}Oui{NBSP}» à la rubrique «{NBSP}Handicap{NBSP}» et déposez une demande
        d’aménagement d’épreuves auprès de votre académie{NBSP}: le lien figure sur la page de chaque session. Cocher «{NBSP}Oui{NBSP}»
        ne remplace pas cette demande.
      </CallOut>
    </>
  );
}
