import type { Metadata } from "next";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import Link from "next/link";
import { notFound } from "next/navigation";
import { academieLabel } from "@/components/sessions/session-labels";
import { DataTable } from "@/components/data-table";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { tailleFr } from "@/lib/domain/documents";
import { requireCandidate } from "@/lib/server/auth/guards";
import { listDocuments } from "@/lib/server/documents/list-documents";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mes documents", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

// "Mes documents" [issue 8 §7]: the confirmations of each saved version, and the letters the
// académie adds (demandes, relances, notifications), each with its date in the académie's zone.
export default async function MesDocumentsPage({ params }: Props) {
  const { id } = await params;
  const account = await requireCandidate();
  const mes = await listDocuments(account.id, id);
  if (!mes) notFound();
  const { candidature, documents } = mes;
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Mes candidatures", linkProps: { href: "/mes-candidatures" } }]}
        currentPageLabel={`${candidature.examen} – Mes documents`}
      />
      <h1>Mes documents</h1>
      <p className="fr-text--lead">
        {candidature.examen}, {candidature.session} – {academieLabel(candidature.academie)}
        {candidature.numero && <> – n°{"\u00a0"}{candidature.numero}</>}
      </p>
      {documents.length === 0 ? (
        <p>Aucun document pour l’instant. La confirmation d’inscription apparaît ici dès que votre candidature est enregistrée ; vous recevez un courriel à chaque nouveau document.</p>
      ) : (
        <DataTable
          caption="Documents de votre candidature"
          rowHeaders
          headers={["Document", "Type", "Date", "Fichier"]}
          rows={documents.map((d) => [
            d.titre,
            d.typeLibelle,
            d.createdAt ? instantLocal(d.createdAt, candidature.zone) : "En cours de préparation",
            <a key={d.href} className="fr-link fr-icon-download-line fr-link--icon-left" href={d.href}>
              Télécharger
              <span className="fr-sr-only"> {d.titre}</span>
              {d.taille ? ` (PDF, ${tailleFr(d.taille)})` : " (PDF)"}
            </a>,
          ])}
        />
      )}
      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={`/mes-candidatures/${candidature.id}/recapitulatif`}>
          Retour à ma candidature
        </Link>
      </p>
    </>
  );
}
