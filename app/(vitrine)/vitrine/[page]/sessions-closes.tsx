import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { academieLabel, groupSessionsByEtat } from "@/components/sessions/session-labels";
import { formatWindowFr } from "@/lib/domain/calendar";
import type { SessionSummary } from "@/lib/server/sessions/list-sessions";

export const TITRE_SESSIONS_CLOSES = "Sessions closes";

/** The sessions whose registrations are over, most recent first: /sessions, linked from the home page. */
export function SessionsCloses({ sessions }: { sessions: SessionSummary[] }) {
  const { closes } = groupSessionsByEtat(sessions);
  return (
    <>
      <Breadcrumb homeLinkProps={{ href: "/" }} segments={[]} currentPageLabel={TITRE_SESSIONS_CLOSES} />
      <h1>{TITRE_SESSIONS_CLOSES}</h1>
      {closes.length > 0 ? (
        <>
          <p>
            Les inscriptions à ces sessions sont terminées&nbsp;: aucune inscription ni modification n’est plus possible. La
            page de chaque session en rappelle le calendrier, les pièces justificatives et les contacts.
          </p>
          <DataTable
            caption="Sessions dont les inscriptions sont closes"
            headers={["Académie", "Examen", "Session", "Inscriptions"]}
            // The registration window is a long line: room for it on a phone, the table scrolling.
            largeurMinimale={44}
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
            ])}
          />
        </>
      ) : (
        <p>Aucune session close n’est publiée.</p>
      )}
      <p>
        <Link href="/" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Sessions ouvertes et à venir
        </Link>
      </p>
    </>
  );
}
