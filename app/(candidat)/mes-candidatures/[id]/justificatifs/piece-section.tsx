import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { formatDateFr, formatDateHeureFr } from "@/lib/domain/calendar";
import { ancrePiece, formatTailleFichier, libelleTypeFichier } from "@/lib/domain/candidature/depot-fichier";
import type { PieceVue } from "@/lib/server/justificatifs/load-justificatifs";
import { fr } from "@/lib/domain/typographie";
import type { JustificatifState } from "./actions";
import { DepotForm } from "./depot-form";
import { SupprimerForm } from "./supprimer-form";

/** What the page was told about this piece by the redirect after a post. */
export type Retour = { type: "depot" | "suppression"; message: string } | { type: "erreur"; message: string };

const SEVERITE = { RECUE: "info", NON_CONFORME: "error", CONFORME: "success" } as const;

const CADRE = { border: "1px solid var(--border-default-grey)", overflowWrap: "anywhere" } as const;

/**
 * One piece: what it is and why it is asked, how and by when to return it, its status and the
 * manager's comment, its files, and what the candidate may do on it now (the state machine's
 * moves, computed by the server: the buttons only mirror them).
 */
export function PieceSection({
  piece,
  base,
  zone,
  retour,
  supprimer,
}: {
  piece: PieceVue;
  /** /mes-candidatures/<id>/justificatifs */
  base: string;
  zone: string;
  retour: Retour | null;
  supprimer: (previous: JustificatifState, formData: FormData) => Promise<JustificatifState>;
}) {
  const ancre = ancrePiece(piece.code);
  const titreId = `titre-${ancre}`;
  const peutAjouter = piece.actions.includes("AJOUTER_FICHIER");
  const peutSupprimer = piece.actions.includes("SUPPRIMER_FICHIER");
  const statut = piece.statut === "RECUE" || piece.statut === "NON_CONFORME" || piece.statut === "CONFORME" ? piece.statut : null;
  // A refusal goes under the field when the form is there; otherwise (the form gone since) above.
  const erreurAuChamp = retour?.type === "erreur" && peutAjouter ? retour.message : null;

  return (
    <section id={ancre} aria-labelledby={titreId} className="fr-p-3w fr-mb-3w" style={CADRE}>
      <h2 id={titreId} className="fr-h5 fr-mb-1w">
        {piece.libelle}
      </h2>
      {statut && piece.statutLibelle && (
        <p className="fr-mb-1w">
          {/* A span: the badge's default <p> may not sit inside this paragraph (the browser would split it). */}
          <Badge as="span" severity={SEVERITE[statut]} small>
            {piece.statutLibelle}
          </Badge>
          {statut === "RECUE" && piece.recuAt && <span className="fr-text--sm fr-ml-1w">{fr`Reçue le ${formatDateFr(piece.recuAt, zone)}`}</span>}
          {statut === "CONFORME" && piece.valideAt && <span className="fr-text--sm fr-ml-1w">{fr`Validée le ${formatDateFr(piece.valideAt, zone)}`}</span>}
        </p>
      )}
      <p className="fr-text--sm fr-mb-1w">{fr`Motif de la demande : ${piece.motif}`}</p>

      {statut === "NON_CONFORME" && (
        <Alert
          className="fr-mb-2w"
          severity="error"
          as="h3"
          title="Pièce non conforme"
          description={
            <>
              {piece.commentaire && (
                <span style={{ display: "block", whiteSpace: "pre-line" }}>
                  {fr`Commentaire du service des examens : `}
                  {piece.commentaire}
                </span>
              )}
              {peutAjouter && (
                <span style={{ display: "block" }} className="fr-mt-1w">
                  {fr`Déposez un nouveau fichier, puis cliquez de nouveau sur « J'ai fourni toutes mes pièces ».`}
                </span>
              )}
            </>
          }
        />
      )}

      <p className="fr-mb-1w">{piece.consigne}</p>
      {piece.envoi && (
        <div className="fr-mb-2w">
          {piece.envoi.adresse.length > 0 && (
            <>
              <p className="fr-text--bold fr-mb-0">Adresse d’envoi</p>
              <address className="fr-mb-1w" style={{ fontStyle: "normal" }}>
                {piece.envoi.adresse.map((ligne, i) => (
                  <span key={i} style={{ display: "block" }}>
                    {ligne}
                  </span>
                ))}
              </address>
            </>
          )}
          <p className="fr-mb-0">{piece.envoi.mention}</p>
        </div>
      )}

      {retour && retour.type !== "erreur" && <Alert className="fr-mb-2w" severity="success" role="status" small description={retour.message} />}
      {retour?.type === "erreur" && !erreurAuChamp && <Alert className="fr-mb-2w" severity="error" role="alert" small description={retour.message} />}

      {piece.fichiers.length > 0 && (
        <>
          <h3 className="fr-text--md fr-text--bold fr-mb-1w">{piece.fichiers.length === 1 ? "Fichier déposé" : `${piece.fichiers.length}\u00a0fichiers déposés`}</h3>
          <ul className="fr-mb-1w">
            {piece.fichiers.map((f) => (
              <li key={f.id} className="fr-mb-2w">
                <a className="fr-link" href={`${base}/fichiers/${encodeURIComponent(f.id)}`}>
                  {f.nom}
                  <span className="fr-sr-only"> (ouvrir le fichier)</span>
                </a>{" "}
                <span className="fr-text--sm">
                  ({libelleTypeFichier(f.typeMime)}, {formatTailleFichier(f.taille)})
                </span>
                <span className="fr-text--sm" style={{ display: "block" }}>
                  Déposé le {formatDateHeureFr(f.deposeAt, zone)}
                </span>
                {peutSupprimer && <SupprimerForm action={supprimer} fichierId={f.id} pieceCode={piece.code} nom={f.nom} />}
              </li>
            ))}
          </ul>
        </>
      )}

      {peutAjouter && <DepotForm action={`${base}/${encodeURIComponent(piece.code)}/fichiers`} pieceCode={piece.code} libelle={piece.libelle} erreurInitiale={erreurAuChamp} />}
    </section>
  );
}
