import { useId } from "react";
import { DataTable } from "@/components/data-table";
import { formatDateFr } from "@/lib/domain/calendar";
import { echelle, hauteurBarre, jourCourt } from "@/lib/domain/gestion/tableau-de-bord";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";

// Registrations per day as a plain SVG drawn on the server [issue 9 §1]: no chart JavaScript
// (react-dsfr's charts render nothing until their Vue bundle has loaded, measured in
// ../shared/notes/UPLOADS-PDF-BACKOFFICE.md §9). The SVG is one image with a title and a summary
// for assistive technologies; the figures themselves are in the table below it.

type Jour = { jour: string; nombre: number };

const HAUTEUR = 200;
const MARGE_GAUCHE = 44;
const MARGE_HAUT = 12;
const MARGE_BAS = 28;
const PAS_BARRE = 22;
const LARGEUR_BARRE = 14;

/** "57 premières inscriptions du 12 octobre 2026 au 10 novembre 2026, au plus 9 le 25 octobre 2026." */
export function resumeInscriptions(serie: readonly Jour[], zone: string): string {
  if (serie.length === 0) return "Aucune période à afficher.";
  const total = serie.reduce((n, j) => n + j.nombre, 0);
  const periode = `du ${formatDateFr(serie[0]!.jour)} au ${formatDateFr(serie.at(-1)!.jour)} (${zoneLabel(zone)})`;
  if (total === 0) return fr`Aucune première inscription ${periode}.`;
  const max = serie.reduce((m, j) => (j.nombre > m.nombre ? j : m), serie[0]!);
  return fr`${total} première${total > 1 ? "s" : ""} inscription${total > 1 ? "s" : ""} ${periode}, au plus ${max.nombre} le ${formatDateFr(max.jour)}.`;
}

export function GraphiqueInscriptions({ serie, zone, titre }: { serie: readonly Jour[]; zone: string; titre: string }) {
  const id = useId();
  const { haut, graduations } = echelle(Math.max(0, ...serie.map((j) => j.nombre)));
  const largeur = MARGE_GAUCHE + serie.length * PAS_BARRE + 8;
  const hauteurTotale = MARGE_HAUT + HAUTEUR + MARGE_BAS;
  const y = (v: number) => MARGE_HAUT + HAUTEUR - (v / haut) * HAUTEUR;
  // About ten dates under the axis, whatever the number of days.
  const chaque = Math.max(1, Math.ceil(serie.length / 10));
  const resume = resumeInscriptions(serie, zone);
  return (
    <figure className="fr-my-2w">
      <svg
        role="img"
        aria-labelledby={`${id}-titre`}
        aria-describedby={`${id}-legende`}
        viewBox={`0 0 ${largeur} ${hauteurTotale}`}
        width="100%"
        style={{ maxWidth: `${largeur * 1.4}px`, display: "block", height: "auto" }}
      >
        <title id={`${id}-titre`}>{titre}</title>
        {graduations.map((g) => (
          <g key={g}>
            <line x1={MARGE_GAUCHE} x2={largeur - 4} y1={y(g)} y2={y(g)} style={{ stroke: "var(--border-default-grey)" }} strokeWidth={1} />
            <text x={MARGE_GAUCHE - 6} y={y(g) + 4} textAnchor="end" fontSize={11} style={{ fill: "var(--text-mention-grey)" }}>
              {g}
            </text>
          </g>
        ))}
        {serie.map((j, i) => {
          const h = hauteurBarre(j.nombre, haut, HAUTEUR);
          const x = MARGE_GAUCHE + i * PAS_BARRE + (PAS_BARRE - LARGEUR_BARRE) / 2;
          return (
            <g key={j.jour}>
              {h > 0 && <rect x={x} y={MARGE_HAUT + HAUTEUR - h} width={LARGEUR_BARRE} height={h} style={{ fill: "var(--background-action-high-blue-france)" }} />}
              {i % chaque === 0 && (
                <text x={x + LARGEUR_BARRE / 2} y={MARGE_HAUT + HAUTEUR + 18} textAnchor="middle" fontSize={10} style={{ fill: "var(--text-mention-grey)" }}>
                  {jourCourt(j.jour)}
                </text>
              )}
            </g>
          );
        })}
        <line
          x1={MARGE_GAUCHE}
          x2={largeur - 4}
          y1={MARGE_HAUT + HAUTEUR}
          y2={MARGE_HAUT + HAUTEUR}
          style={{ stroke: "var(--border-plain-grey)" }}
          strokeWidth={1}
        />
      </svg>
      <figcaption id={`${id}-legende`} className="fr-text--sm fr-mt-1w">{resume}</figcaption>
      <details className="fr-mt-2w">
        <summary>Voir les chiffres du graphique (tableau)</summary>
        <DataTable
          caption={titre}
          rowHeaders
          headers={["Jour", "Premières inscriptions"]}
          rows={serie.map((j) => [formatDateFr(j.jour), j.nombre])}
          className="fr-mt-2w"
        />
      </details>
    </figure>
  );
}
