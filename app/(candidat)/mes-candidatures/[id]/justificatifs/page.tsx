import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { academieLabel } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { messageDepotErreur, parseDepotErreur } from "@/lib/domain/candidature/depot-fichier";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { loadCandidatureAvecPieces, vueJustificatifs, type JustificatifsVue, type PieceVue } from "@/lib/server/justificatifs/load-justificatifs";
import { fournir, supprimer } from "./actions";
import { FournirForm } from "./fournir-form";
import { PieceSection, type Retour } from "./piece-section";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mes justificatifs", robots: { index: false } };

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

export default async function JustificatifsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const account = await requireCandidate();
  const candidature = await loadCandidatureAvecPieces(await getDb(), { accountId: account.id }, id);
  if (!candidature) notFound();
  const vue = vueJustificatifs(candidature, await now());
  const { session } = candidature;
  const base = `/mes-candidatures/${candidature.id}`;
  const retour = lireRetour(query, vue);

  return (
    <>
      <Breadcrumb homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/mes-candidatures" } }]} currentPageLabel="Mes justificatifs" />
      <h1 className="fr-mb-1w">Mes justificatifs</h1>
      <p className="fr-text--lead fr-mb-4w">
        {session.examen.libelle} – {session.libelle} – {academieLabel(session.academie.nom)}
        {vue.numero && <> – n°{"\u00a0"}{vue.numero}</>}
      </p>

      {vue.pieces.length === 0 ? (
        <Alert
          className="fr-mb-4w"
          severity="info"
          as="h2"
          title={vue.statut === "BROUILLON" ? "Candidature non enregistrée" : "Aucune pièce demandée"}
          description={
            vue.statut === "BROUILLON"
              ? fr`La liste de vos pièces justificatives est établie quand vous enregistrez votre candidature (« ENREGISTRER », à l'étape 6, Récapitulatif).`
              : fr`Aucune pièce justificative n'est demandée pour cette candidature.`
          }
        />
      ) : (
        <>
          {vue.statut === "ENREGISTREE" && (
            <p>
              {fr`Pour chaque pièce demandée, déposez un ou plusieurs fichiers, au format PDF ou JPEG et de 5 Mo au plus chacun, ou envoyez-la par la poste quand c'est indiqué. Quand toutes vos pièces sont déposées, cliquez sur « J'ai fourni toutes mes pièces » : le service des examens pourra alors les vérifier.`}
            </p>
          )}
          {vue.pieces.map((piece) => (
            <PieceSection
              key={piece.code}
              piece={piece}
              base={`${base}/justificatifs`}
              zone={vue.zone}
              retour={retour?.pieceCode === piece.code ? retour.retour : null}
              supprimer={supprimer.bind(null, candidature.id)}
            />
          ))}
          <Fournir vue={vue} annonce={query.fournies === "1"} />
        </>
      )}

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn fr-btn--secondary" href={`${base}/recapitulatif`}>
            Récapitulatif de ma candidature
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href="/mes-candidatures">
            Mes candidatures
          </Link>
        </li>
      </ul>
    </>
  );
}

/** « J'ai fourni toutes mes pièces »: done (the lock), possible (the form), or why not. */
function Fournir({ vue, annonce }: { vue: JustificatifsVue; annonce: boolean }) {
  const enLigne = vue.pieces.some((p) => p.mode === "UPLOAD");
  if (!enLigne) return null;
  return (
    <section id="fournir" aria-labelledby="titre-fournir" className="fr-mt-4w fr-mb-4w">
      <h2 id="titre-fournir" className="fr-h4">
        J’ai fourni toutes mes pièces
      </h2>
      {vue.fournies && vue.piecesFourniesAt ? (
        <Alert
          severity="success"
          {...(annonce ? { role: "status" as const } : {})}
          as="h3"
          title="Pièces transmises au service des examens"
          description={fr`Vous avez indiqué le ${instantLocal(vue.piecesFourniesAt, vue.zone)} avoir fourni toutes vos pièces. Elles sont verrouillées et transmises au service des examens pour vérification. Si l'une d'elles est déclarée non conforme, elle sera signalée sur cette page avec le commentaire du service, et vous pourrez en déposer une nouvelle.`}
        />
      ) : vue.soumission.possible ? (
        <FournirForm
          action={fournir.bind(null, vue.candidatureId)}
          // Handed in before, or a piece declared non conforme since re-deposited: the candidate must say so again.
          nouvelEnvoi={vue.piecesFourniesAt !== null || vue.pieces.some((p) => p.statut === "DEPOSE" && p.commentaire !== null)}
        />
      ) : (
        <p>{vue.soumission.message}</p>
      )}
    </section>
  );
}

/**
 * What the redirect after a post says, read from a fixed list only: a file id or an error code
 * of depot-fichier.ts, for a piece of this candidature. Nothing of the query reaches the page as
 * text; the file's name comes from the database.
 */
function lireRetour(query: Query, vue: JustificatifsVue): { pieceCode: string; retour: Retour } | null {
  const piece: PieceVue | undefined = vue.pieces.find((p) => p.code === query.piece);
  if (!piece) return null;
  if (typeof query.depot === "string") {
    const fichier = piece.fichiers.find((f) => f.id === query.depot);
    return fichier ? { pieceCode: piece.code, retour: { type: "depot", message: fr`Le fichier « ${fichier.nom} » a été déposé.` } } : null;
  }
  if (query.suppression === "1") return { pieceCode: piece.code, retour: { type: "suppression", message: "Le fichier a été supprimé." } };
  const erreur = parseDepotErreur(query.erreur);
  if (erreur) return { pieceCode: piece.code, retour: { type: "erreur", message: messageDepotErreur(erreur, { fenetre: piece.fenetre, zone: vue.zone }) } };
  return null;
}
