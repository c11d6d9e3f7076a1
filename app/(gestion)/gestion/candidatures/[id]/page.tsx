import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "@/components/data-table";
import { VerdictForm } from "@/components/gestion/verdict-form";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { formatDateFr, formatDateHeureFr, instantToLocal } from "@/lib/domain/calendar";
import { lignesEtatCivil } from "@/lib/domain/account/etat-civil";
import { PIECE_STATUT_LIBELLES } from "@/lib/domain/candidature/piece-statut";
import { DOCUMENT_TYPE_LIBELLES, tailleFr } from "@/lib/domain/documents";
import { STATUT_LIBELLES } from "@/lib/domain/gestion/filtres";
import { auteurAction, libelleAction } from "@/lib/domain/gestion/historique";
import { nomAffiche, SEVERITE_STATUT } from "@/lib/domain/gestion/liste";
import { messageVerdictFait, verdictsPossibles } from "@/lib/domain/gestion/verdict";
import { requireRole } from "@/lib/server/auth/guards";
import { chargerDossier, type PieceDossier } from "@/lib/server/gestion/charger-dossier";
import { scopeOf } from "@/lib/server/gestion/scope";
import { examinerPieceAction } from "./actions";
import { OperationsDossier } from "./operations-dossier";

export const metadata: Metadata = { title: "Dossier de candidature", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SEVERITE_PIECE = { ATTENDU: "info", DEPOSE: "new", RECUE: "info", NON_CONFORME: "error", CONFORME: "success" } as const;
const un = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's query string a dossier was opened from, if it is one (a relative query, nothing else). */
function retourListe(retour: string | undefined): string {
  return retour && /^[\w%=&.+~-]*$/.test(retour) ? `/gestion/candidatures?${retour}` : "/gestion/candidatures";
}

// One dossier, whole [issue 9 §4]: identity and answers, every saved version and what changed, each
// piece with its files and the verdict form (§5), the documents sent, the trail. Another académie's
// dossier is a 404, as an unknown one.
export default async function DossierPage({ params, searchParams }: Props) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const [{ id }, query, maintenant] = await Promise.all([params, searchParams, now()]);
  const dossier = await chargerDossier(await getDb(), scope, id, maintenant);
  if (!dossier) notFound();
  const zone = dossier.zone;
  const fait = messageVerdictFait(un(query.fait));
  const aujourdhui = instantToLocal(maintenant, zone).slice(0, 10);

  return (
    <>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={retourListe(un(query.retour))}>
          Retour à la liste
        </Link>
      </p>
      <h1>{nomAffiche(dossier.account)}</h1>
      <p>
        <Badge as="span" severity={SEVERITE_STATUT[dossier.statut]}>
          {STATUT_LIBELLES[dossier.statut]}
        </Badge>{" "}
        {dossier.numero ? <>Numéro d’inscription {dossier.numero}</> : "Pas encore de numéro d’inscription (jamais enregistrée)"}
      </p>
      {fait && <Alert severity="success" small role="status" description={fait} className="fr-mb-3w" />}
      {dossier.aRevoir && (
        <Alert
          severity="warning"
          small
          className="fr-mb-3w"
          description={`À revoir par le candidat depuis le ${formatDateHeureFr(dossier.aRevoir.at, zone)}, après un changement des choix proposés par l’académie : ${dossier.aRevoir.motifs.join(" ")}`}
        />
      )}

      <h2 className="fr-h4">Candidature</h2>
      <dl className="fr-mb-3w">
        <Ligne terme="Examen et session" valeur={`${dossier.session.examen} – ${dossier.session.libelle} (académie ${dossier.academie})`} />
        <Ligne terme="Spécialité" valeur={dossier.specialite ? `${dossier.specialite.libelle} (${dossier.specialite.codeDiplome})` : "—"} />
        <Ligne terme="Commencée le" valeur={formatDateHeureFr(dossier.createdAt, zone)} />
        <Ligne terme="Configuration de la session" valeur={`version ${dossier.configVersion}, celle de son dernier enregistrement`} />
        {dossier.premierEnregistrementAt && <Ligne terme="Première inscription le" valeur={formatDateHeureFr(dossier.premierEnregistrementAt, zone)} />}
        {dossier.dernierEnregistrementAt && <Ligne terme={`Dernier enregistrement (version ${dossier.version}) le`} valeur={formatDateHeureFr(dossier.dernierEnregistrementAt, zone)} />}
        {dossier.brouillonEnCours && <Ligne terme="Modifications en cours" valeur="Le candidat a des modifications non enregistrées (elles ne valent pas inscription)." />}
        <Ligne terme="Pièces fournies le" valeur={dossier.piecesFourniesAt ? formatDateHeureFr(dossier.piecesFourniesAt, zone) : "Le candidat n’a pas indiqué avoir fourni ses pièces."} />
        {dossier.desinscriteAt && <Ligne terme="Désinscrite le" valeur={formatDateHeureFr(dossier.desinscriteAt, zone)} />}
        {dossier.annuleeAt && <Ligne terme="Annulée le" valeur={`${formatDateHeureFr(dossier.annuleeAt, zone)}${dossier.motifAnnulation ? ` – motif\u00a0: ${dossier.motifAnnulation}` : ""}`} />}
      </dl>

      <OperationsDossier candidatureId={dossier.id} statut={dossier.statut} role={account.role} />

      <h2 className="fr-h4 fr-mt-4w">Pièces justificatives</h2>
      {dossier.pieces.length === 0 ? (
        <p>Aucune pièce n’est demandée pour cette candidature{dossier.numero ? "." : " (elles le sont à l’enregistrement)."}</p>
      ) : (
        dossier.pieces.map((piece) => (
          <Piece
            key={piece.id}
            piece={piece}
            candidatureId={dossier.id}
            zone={zone}
            aujourdhui={aujourdhui}
          />
        ))
      )}
      {dossier.caduques.length > 0 && (
        <p className="fr-text--sm">
          Pièces qui ne sont plus demandées (conservées){"\u00a0"}: {dossier.caduques.map((c) => c.libelle).join("\u00a0; ")}.
        </p>
      )}

      <h2 className="fr-h4 fr-mt-4w">État civil et réponses</h2>
      <dl className="fr-mb-2w">
        <Ligne terme="Adresse électronique" valeur={dossier.account.email} />
        {lignesEtatCivil(dossier.account).map(([terme, valeur]) => (
          <Ligne key={terme} terme={terme} valeur={valeur} />
        ))}
      </dl>
      {dossier.rubriques.map((r) => (
        <section key={r.titre} className="fr-mb-2w">
          <h3 className="fr-h6">{r.titre}</h3>
          <dl>
            {r.lignes.map(([terme, valeur]) => (
              <Ligne key={terme} terme={terme} valeur={valeur} />
            ))}
          </dl>
        </section>
      ))}

      <h2 className="fr-h4 fr-mt-4w">Versions enregistrées</h2>
      {dossier.versions.length === 0 ? (
        <p>Aucune version enregistrée.</p>
      ) : (
        dossier.versions.map((v) => (
          <section key={v.version} className="fr-mb-3w">
            <h3 className="fr-h6">
              Version {v.version}, enregistrée le {formatDateHeureFr(v.savedAt, zone)}
            </h3>
            {v.version === 1 ? (
              <p>Première inscription.</p>
            ) : v.changements.length === 0 ? (
              <p>Aucune réponse modifiée par rapport à la version précédente.</p>
            ) : (
              <DataTable
                caption={`Modifications de la version ${v.version} par rapport à la version ${v.version - 1}`}
                headers={["Rubrique", "Information", "Avant", "Après"]}
                rows={v.changements.map((c) => [c.rubrique, c.terme, c.avant ?? "(absente)", c.apres ?? "(supprimée)"])}
              />
            )}
          </section>
        ))
      )}

      <h2 className="fr-h4 fr-mt-4w">Documents envoyés au candidat</h2>
      {dossier.documents.length === 0 ? (
        <p>Aucun document.</p>
      ) : (
        <ul>
          {dossier.documents.map((d) => (
            <li key={d.id}>
              {DOCUMENT_TYPE_LIBELLES[d.type]} – {d.titre}, le {formatDateHeureFr(d.createdAt, zone)}
              {d.href && (
                <>
                  {" "}
                  <a className="fr-link" href={d.href} target="_blank" rel="noopener">
                    Ouvrir<span className="fr-sr-only"> {d.titre} (PDF, nouvelle fenêtre)</span>
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 className="fr-h4 fr-mt-4w">Historique</h2>
      {dossier.audit.length === 0 ? (
        <p>Aucun événement.</p>
      ) : (
        <DataTable
          caption="Historique du dossier, du plus récent au plus ancien"
          headers={["Date", "Par", "Événement", "Détail"]}
          rows={dossier.audit.map((e) => [
            formatDateHeureFr(e.at, zone),
            auteurAction(e.actorRole, e.actor),
            libelleAction(e.action),
            detailAudit(e.after, e.entityType, dossier.pieces),
          ])}
        />
      )}
    </>
  );
}

function Ligne({ terme, valeur }: { terme: string; valeur: string }) {
  return (
    <div className="fr-mb-1v">
      <dt className="fr-text--bold fr-mb-0" style={{ display: "inline" }}>
        {terme}
        {"\u00a0"}:{" "}
      </dt>
      <dd style={{ display: "inline", margin: 0, padding: 0 }}>{valeur}</dd>
    </div>
  );
}

function detailAudit(after: unknown, entityType: string, pieces: readonly PieceDossier[]): string {
  if (typeof after !== "object" || after === null) return "";
  const a = after as Record<string, unknown>;
  const parts: string[] = [];
  if (entityType === "Justificatif" && typeof a.commentaire === "string" && a.commentaire) parts.push(`Commentaire\u00a0: ${a.commentaire}`);
  if (typeof a.motif === "string" && a.motif) parts.push(`Motif\u00a0: ${a.motif}`);
  if (typeof a.pieceCode === "string") parts.push(pieces.find((p) => p.code === a.pieceCode)?.libelle ?? a.pieceCode);
  if (typeof a.version === "number") parts.push(`Version ${a.version}`);
  return parts.join(" – ");
}

function Piece({ piece, candidatureId, zone, aujourdhui }: { piece: PieceDossier; candidatureId: string; zone: string; aujourdhui: string }) {
  const base = `/mes-candidatures/${candidatureId}/justificatifs/fichiers`;
  const statut = PIECE_STATUT_LIBELLES[piece.statut] ?? (piece.statut === "ATTENDU" ? "Attendue" : piece.deposeAt ? "Déposée, à contrôler" : "Déposée, pas encore transmise");
  const verdicts = verdictsPossibles(piece.verdicts);
  return (
    <section id={`piece-${piece.code}`} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w" aria-labelledby={`titre-piece-${piece.code}`}>
      <h3 className="fr-h6 fr-mb-1w" id={`titre-piece-${piece.code}`}>
        {piece.libelle}{" "}
        <Badge as="span" small severity={SEVERITE_PIECE[piece.statut]}>
          {statut}
        </Badge>
      </h3>
      <p className="fr-text--sm fr-mb-1w">
        {piece.motif}. {piece.mode === "POSTAL" ? "Envoi par la poste." : "Dépôt en ligne."}
        {piece.deposeAt && ` Transmise le ${formatDateHeureFr(piece.deposeAt, zone)}.`}
        {piece.recuAt && ` Reçue le ${formatDateFr(piece.recuAt, zone)}.`}
        {piece.valideAt && ` Validée le ${formatDateFr(piece.valideAt, zone)}.`}
      </p>
      {piece.commentaire && <p className="fr-text--sm">Commentaire au candidat{"\u00a0"}: {piece.commentaire}</p>}
      {piece.fichiers.length > 0 ? (
        <ul className="fr-raw-list fr-mb-2w">
          {piece.fichiers.map((f) => (
            <li key={f.id} className="fr-mb-1w">
              {f.typeMime === "image/jpeg" && (
                // eslint-disable-next-line @next/next/no-img-element -- a private thumbnail streamed by its route, not a static asset
                <img src={`${base}/${f.id}?vignette=1`} alt={`Aperçu de ${f.nom}`} width={120} className="fr-mr-2w" style={{ verticalAlign: "middle", maxHeight: 120, objectFit: "contain" }} />
              )}
              <a className="fr-link" href={`${base}/${f.id}`} target="_blank" rel="noopener">
                {f.nom}
                <span className="fr-sr-only"> (nouvelle fenêtre)</span>
              </a>{" "}
              <span className="fr-text--xs">
                {f.typeMime === "application/pdf" ? "PDF" : "JPEG"}, {tailleFr(f.taille)}, déposé le {formatDateHeureFr(f.deposeAt, zone)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        piece.mode === "UPLOAD" && <p className="fr-text--sm">Aucun fichier déposé.</p>
      )}
      {verdicts.length > 0 && (
        <VerdictForm
          action={examinerPieceAction}
          candidatureId={candidatureId}
          pieceCode={piece.code}
          pieceLibelle={piece.libelle}
          attendu={piece.updatedAt}
          verdicts={verdicts}
          aujourdhui={aujourdhui}
          suite="dossier"
        />
      )}
    </section>
  );
}
