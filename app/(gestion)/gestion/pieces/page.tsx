import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { DataTable } from "@/components/data-table";
import { VerdictForm } from "@/components/gestion/verdict-form";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { formatDateHeureFr, instantToLocal } from "@/lib/domain/calendar";
import { tailleFr } from "@/lib/domain/documents";
import { portefeuilleChoisi } from "@/lib/domain/gestion/filtres";
import { nomAffiche } from "@/lib/domain/gestion/liste";
import { messageVerdictFait, verdictsPossibles } from "@/lib/domain/gestion/verdict";
import { requireRole } from "@/lib/server/auth/guards";
import { chargerDossier } from "@/lib/server/gestion/charger-dossier";
import { filePieces } from "@/lib/server/gestion/file-pieces";
import { scopeOf } from "@/lib/server/gestion/scope";
import { examinerPieceAction } from "../candidatures/[id]/actions";

export const metadata: Metadata = { title: "Pièces à contrôler", robots: { index: false } };

const un = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The review queue [issue 9 §5]: the oldest piece waiting for a verdict, its file beside the
// decision, keyboard shortcuts, and the next one as soon as the decision is saved.
export default async function PiecesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const [query, maintenant] = await Promise.all([searchParams, now()]);
  const db = await getDb();
  const aUnPortefeuille = (await db.portefeuilleSpecialite.count({ where: { accountId: scope.accountId } })) > 0;
  const portefeuille = portefeuilleChoisi(un(query.portefeuille), aUnPortefeuille) === "1";
  const file = await filePieces(db, scope, { portefeuille, apres: un(query.apres) });
  const courante = file.pieces[0];
  const dossier = courante ? await chargerDossier(db, scope, courante.candidatureId, maintenant) : null;
  const piece = dossier?.pieces.find((p) => p.id === courante?.justificatifId);
  const zone = dossier?.zone ?? "Europe/Paris";
  const fait = messageVerdictFait(un(query.fait));
  const param = `portefeuille=${portefeuille ? "1" : "0"}`;
  const fichiers = `/mes-candidatures/${courante?.candidatureId}/justificatifs/fichiers`;
  const verdicts = verdictsPossibles(piece?.verdicts ?? []);

  return (
    <>
      <h1>Pièces à contrôler</h1>
      {fait && <Alert severity="success" small role="status" description={fait} className="fr-mb-3w" />}
      <p>
        {file.total === 0
          ? "Aucune pièce n’attend de contrôle."
          : `${file.total.toLocaleString("fr-FR")} pièce${file.total > 1 ? "s" : ""} à contrôler, la plus ancienne d’abord.`}{" "}
        {portefeuille ? (
          <Link className="fr-link" href="/gestion/pieces?portefeuille=0">
            Voir toute l’académie
          </Link>
        ) : (
          aUnPortefeuille && (
            <Link className="fr-link" href="/gestion/pieces?portefeuille=1">
              Seulement mes spécialités
            </Link>
          )
        )}
      </p>

      {courante && dossier && piece && (
        <section aria-labelledby="piece-courante" className="fr-mb-4w">
          <h2 id="piece-courante" className="fr-h4">
            {piece.libelle} – {nomAffiche(courante)}
          </h2>
          <p>
            <Link href={`/gestion/candidatures/${courante.candidatureId}#piece-${piece.code}`}>Dossier {courante.numero ?? ""}</Link> ·{" "}
            {courante.examenLibelle} – {courante.sessionLibelle}
            {courante.specialiteLibelle ? ` · ${courante.specialiteLibelle}` : ""} · {piece.motif}.{" "}
            {courante.statut === "RECUE" ? "Reçue" : "Transmise"} le {formatDateHeureFr(courante.depuis, zone)}.
          </p>
          {piece.commentaire && <p className="fr-text--sm">Commentaire précédent{"\u00a0"}: {piece.commentaire}</p>}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-lg-7">
              {piece.fichiers.length === 0 ? (
                <p>{piece.mode === "POSTAL" ? "Pièce envoyée par la poste : vérifiez l’original reçu." : "Aucun fichier."}</p>
              ) : (
                <ul className="fr-raw-list">
                  {piece.fichiers.map((f) => (
                    <li key={f.id} className="fr-mb-2w">
                      {f.typeMime === "image/jpeg" ? (
                        <a href={`${fichiers}/${f.id}`} target="_blank" rel="noopener">
                          {/* eslint-disable-next-line @next/next/no-img-element -- a private file streamed by its route */}
                          <img src={`${fichiers}/${f.id}`} alt={`${f.nom} (image déposée, ouvrir en grand dans une nouvelle fenêtre)`} style={{ maxWidth: "100%", maxHeight: "70vh", objectFit: "contain" }} />
                        </a>
                      ) : (
                        <>
                          {/* eslint-disable-next-line @next/next/no-img-element -- a private preview drawn by its route */}
                          <img
                            src={`/gestion/candidatures/${courante.candidatureId}/fichiers/${f.id}/apercu`}
                            alt={`Première page de ${f.nom}`}
                            style={{ maxWidth: "100%", maxHeight: "70vh", objectFit: "contain", border: "1px solid var(--border-default-grey)", display: "block" }}
                          />
                          <a className="fr-link fr-icon-file-pdf-line fr-link--icon-left" href={`${fichiers}/${f.id}`} target="_blank" rel="noopener">
                            Ouvrir {f.nom} en entier
                            <span className="fr-sr-only"> (PDF, nouvelle fenêtre)</span>
                          </a>
                        </>
                      )}
                      <span className="fr-text--xs fr-ml-1w">
                        {tailleFr(f.taille)}, déposé le {formatDateHeureFr(f.deposeAt, zone)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="fr-col-12 fr-col-lg-5">
              {verdicts.length > 0 ? (
                <VerdictForm
                  action={examinerPieceAction}
                  candidatureId={courante.candidatureId}
                  pieceCode={piece.code}
                  pieceLibelle={piece.libelle}
                  attendu={piece.updatedAt}
                  verdicts={verdicts}
                  aujourdhui={instantToLocal(maintenant, zone).slice(0, 10)}
                  suite="file"
                  raccourcis
                  file={`${param}${un(query.apres) ? `&apres=${encodeURIComponent(un(query.apres)!)}` : ""}`}
                />
              ) : (
                <p>Aucune décision possible sur cette pièce pour le moment.</p>
              )}
              {file.suivante && (
                <p className="fr-mt-2w">
                  <Link className="fr-link" href={`/gestion/pieces?${param}&apres=${file.suivante}`}>
                    Passer cette pièce
                  </Link>
                </p>
              )}
            </div>
          </div>
        </section>
      )}

      {file.pieces.length > 1 && (
        <DataTable
          caption="Pièces suivantes dans la file"
          headers={["Depuis le", "Candidat", "Pièce", "Examen"]}
          rows={file.pieces.slice(1).map((p) => [
            formatDateHeureFr(p.depuis, zone),
            <Link key={p.justificatifId} href={`/gestion/candidatures/${p.candidatureId}#piece-${p.pieceCode}`}>
              {nomAffiche(p)}
            </Link>,
            p.libelle,
            `${p.examenLibelle} – ${p.sessionLibelle}`,
          ])}
        />
      )}
    </>
  );
}
