import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { WindowState } from "@/lib/domain/calendar";
import { ETAT_DISPLAY } from "./session-labels";

/** "Ouvertes" / "À venir" / "Closes", read as "Inscriptions ouvertes…" by screen readers. */
export function EtatBadge({ etat, small = false }: { etat: WindowState; small?: boolean }) {
  const { badge, severity } = ETAT_DISPLAY[etat];
  return (
    <Badge severity={severity} small={small} noIcon={severity === undefined} as="span">
      <span className="fr-sr-only">Inscriptions </span>
      {badge}
    </Badge>
  );
}
