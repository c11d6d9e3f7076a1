import { Card } from "@codegouvfr/react-dsfr/Card";
import { formatWindowFr } from "@/lib/domain/calendar";
import type { SessionSummary } from "@/lib/server/sessions/list-sessions";
import { EtatBadge } from "./etat-badge";

/** One session in the home lists: exam, year, registration window in the académie's time. */
export function SessionCard({ session, titleAs = "h4" }: { session: SessionSummary; titleAs?: "h3" | "h4" }) {
  return (
    <Card
      title={session.examen.libelle}
      titleAs={titleAs}
      linkProps={{ href: `/sessions/${session.id}` }}
      enlargeLink
      size="small"
      desc={<>Inscriptions {formatWindowFr(session.inscription, session.academie.timeZone)}</>}
      start={
        <ul className="fr-badges-group">
          <li>
            <EtatBadge etat={session.etat} small />
          </li>
        </ul>
      }
      detail={session.libelle}
    />
  );
}
