import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { academieLabel, groupBy, groupSessionsByEtat, NBSP } from "@/components/sessions/session-labels";
import { formatWindowFr } from "@/lib/domain/calendar";
import type { SessionSummary } from "@/lib/server/sessions/list-sessions";
import { AppelHandicap, Introduction } from "./introduction";
import { ListeSessions, type GroupeSessions } from "./liste-sessions";

// The home page (served from the cache at "/"). Its weight is what a deadline night's crowd pays
// for, twice (the HTML and React's payload of the same elements): each session is one list item
// under its académie's heading, and the closed sessions have their own page (/sessions).

/** Sessions grouped under their académie, each with its page's link and its registration window in words. */
function groupes(sessions: SessionSummary[], prefixe: string): GroupeSessions[] {
  return groupBy(sessions, (s) => s.academie.id).map(({ items }) => ({
    titreId: `${prefixe}-${items[0]!.academie.slug}`,
    academie: academieLabel(items[0]!.academie.nom),
    sessions: items.map((session) => ({
      id: session.id,
      titre: `${session.examen.libelle} – ${session.libelle}`,
      inscriptions: `Inscriptions ${formatWindowFr(session.inscription, session.academie.timeZone)}`,
    })),
  }));
}

export function Accueil({ sessions }: { sessions: SessionSummary[] }) {
  // Only what can be done here is advertised as open: a session of an exam without a catalogue
  // (no spécialité with its épreuves yet) is listed apart, registration at the rectorat, no link.
  const { ouvertes, aVenir } = groupSessionsByEtat(sessions.filter((s) => s.enLigne));
  const closes = sessions.filter((s) => s.etat === "CLOSE").length;
  const auRectorat = groupSessionsByEtat(sessions.filter((s) => !s.enLigne));
  const horsPortail = [...auRectorat.ouvertes, ...auRectorat.aVenir];

  return (
    <>
      <Introduction />

      <section aria-labelledby="sessions-ouvertes" className="fr-mb-6w">
        <h2 id="sessions-ouvertes">Inscriptions ouvertes</h2>
        {ouvertes.length > 0 ? (
          <ListeSessions groupes={groupes(ouvertes, "ouvertes")} />
        ) : (
          <p>Aucune inscription n’est ouverte en ce moment. Consultez les sessions à venir ci-dessous.</p>
        )}
      </section>

      <section aria-labelledby="sessions-a-venir" className="fr-mb-6w">
        <h2 id="sessions-a-venir">Inscriptions à venir</h2>
        {aVenir.length > 0 ? (
          <ListeSessions groupes={groupes(aVenir, "a-venir")} />
        ) : (
          <p>Aucune session à venir n’est encore publiée.</p>
        )}
      </section>

      {horsPortail.length > 0 && (
        <section aria-labelledby="sessions-rectorat" className="fr-mb-6w">
          <h2 id="sessions-rectorat">Inscriptions auprès du rectorat</h2>
          <p>
            L’inscription à ces examens ne se fait pas encore sur ce portail&nbsp;: adressez-vous au service des examens de
            l’académie, aux dates indiquées.
          </p>
          <DataTable
            caption="Sessions dont l’inscription se fait auprès du rectorat"
            headers={["Académie", "Examen", "Session", "Inscriptions"]}
            // The registration window is a long line: room for it on a phone, the table scrolling.
            largeurMinimale={44}
            rows={horsPortail.map((session) => [
              academieLabel(session.academie.nom),
              session.examen.libelle,
              session.libelle,
              formatWindowFr(session.inscription, session.academie.timeZone),
            ])}
          />
        </section>
      )}

      {closes > 0 && (
        <p className="fr-mb-6w">
          <Link href="/sessions" className="fr-link fr-icon-arrow-right-line fr-link--icon-right">
            {`Sessions closes (${closes}${NBSP}session${closes > 1 ? "s" : ""})`}
          </Link>
        </p>
      )}

      <AppelHandicap />
    </>
  );
}
